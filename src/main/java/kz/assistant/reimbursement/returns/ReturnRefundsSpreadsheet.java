package kz.assistant.reimbursement.returns;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.reference.MioNames;
import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.MonthNames;
import org.springframework.jdbc.core.JdbcTemplate;

/** return-refunds_<mio_bin>.xlsx (п.20): the sums given back to each MIO for cycle M, rebuilt from the refunds. */
public class ReturnRefundsSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static final String MIOS = """
                exists (select 1 from refund f where f.cycle_month = ? and f.mio_bin = m.mio_bin)
                """;


    static final List<FormColumn> COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("Номер записи", 14),
            FormColumn.text("Номер акта", 18),
            FormColumn.text("ИИН/БИН поставщика", 14),
            FormColumn.text("Наименование поставщика", 28),
            FormColumn.money("Сумма возврата, тенге", 15),
            FormColumn.date("Дата возврата банком", 12),
            FormColumn.text("Причина возврата", 28),
            FormColumn.date("Дата возврата в МИО", 12));

    public ReturnRefundsSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        super(cycle, home, jdbc);
    }

    /** Writes the MIO's file, whole or not at all. */
    public void write(MioNames.MioName mio) throws Exception {
        String bin = mio.bin();
        String mioName = mio.name();
        Path target = target("return-refunds", mio);
        BigDecimal[] total = {BigDecimal.ZERO};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Возврат в МИО")) {
            form.title("Реестр сумм возврата, не перечисленных повторно получателям,",
                            "подлежащих возврату в местный исполнительный орган (п.20 Алгоритма взаимодействия)")
                    .headerLines("МИО: " + mioName + " (БИН " + bin + ")",
                            "Месяц на выплату: " + MonthNames.nominative(cycle))
                    .columns(COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select f.record_id, r.act_number, r.supplier_id, r.supplier_name, f.amount, p.returned_at, p.return_reason, f.refunded_on
                    from refund f join reimbursement_record r on r.record_id = f.record_id
                    left join lateral (select returned_at, return_reason from payment q
                                       where q.record_id = f.record_id and q.state = 'RETURNED' order by q.attempt desc limit 1) p on true
                    where f.cycle_month = ? and f.mio_bin = ? order by f.record_id
                    """, rs -> {
                BigDecimal amount = rs.getBigDecimal("amount");
                form.row(++n[0], String.valueOf(rs.getLong("record_id")), rs.getString("act_number"), rs.getString("supplier_id"),
                        rs.getString("supplier_name"), amount, rs.getObject("returned_at", LocalDate.class),
                        rs.getString("return_reason"), rs.getObject("refunded_on", LocalDate.class));
                total[0] = total[0].add(amount);
            }, cycle.toString(), bin);
            form.totals("ИТОГО", Map.of(5, total[0]))
                    .textLine("Итого к возврату в МИО прописью: " + AmountInWords.of(total[0]))
                    .signatures("Руководитель ____________________ (Ф.И.О.)",
                            "Главный бухгалтер ____________________ (Ф.И.О.)",
                            "Исполнитель ____________________ (Ф.И.О.)");
            form.finish();
        }
    }
}
