package kz.assistant.reimbursement.reimbursementlist;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.Utf8Text;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.MonthNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list by acts of one MIO (Appendix 1, {@code reimbursement-list_<mio_bin>.xlsx}), rebuilt from
 * the database on every run.
 */
public class ReimbursementListSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs with records in the cycle: each gets its list and its contributions file. */
    public static final String MIOS = "exists (select 1 from reimbursement_record r where r.cycle_month = ? and r.mio_bin = m.mio_bin)";


    static final List<FormColumn> LIST_COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("Область", 14),
            FormColumn.text("Регион", 14),
            FormColumn.text("ИИН лица с инвалидностью", 14),
            FormColumn.text("Ф.И.О. лица с инвалидностью", 24),
            FormColumn.text("ИИН/БИН поставщика", 14),
            FormColumn.text("Наименование поставщика", 24),
            FormColumn.text("ИИН индивидуального помощника", 14),
            FormColumn.text("Ф.И.О. индивидуального помощника", 24),
            FormColumn.text("Номер заказа", 14),
            FormColumn.text("Номер решения", 14),
            FormColumn.text("Номер акта", 16),
            FormColumn.date("Дата поступления акта", 12),
            FormColumn.month("Месяц акта", 10),
            FormColumn.decimal2("Количество часов", 10),
            FormColumn.money("Гарантированная сумма, тенге", 14),
            FormColumn.money("ОПВ, тенге", 12),
            FormColumn.money("ВОСМС, тенге", 12),
            FormColumn.money("Сумма к перечислению поставщику, тенге", 16));

    public ReimbursementListSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        super(cycle, home, jdbc);
    }

    /** Writes the MIO's file, whole or not at all. */
    public void write(MioName mio) throws Exception {
        String bin = mio.bin();
        String mioName = mio.name();
        Path target = target("reimbursement-list", mio);
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Список по актам")) {
            form.title("Список получателей возмещения стоимости услуг индивидуального помощника",
                            "(по актам выполненных работ)", "Приложение 1 к Алгоритму взаимодействия")
                    .headerLines("Подразделение: " + mioName + " (БИН " + bin + ")",
                            "Месяц на выплату: " + MonthNames.nominative(cycle))
                    .columns(LIST_COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select oblast, region, person_iin, person_name, supplier_id, supplier_name, assistant_iin, assistant_name,
                      order_number, decision_number, act_number, act_received, service_month, hours, guaranteed, opv, osms, to_supplier
                    from reimbursement_record where cycle_month = ? and mio_bin = ? and %s order by record_id
                    """.formatted(ReimbursementRecord.idsOf(cycle)), rs -> {
                // Text as the database's UTF-8 bytes (Utf8Text); columns by position, as selected.
                BigDecimal hours = rs.getBigDecimal(14);
                BigDecimal g = rs.getBigDecimal(15);
                BigDecimal opv = rs.getBigDecimal(16);
                BigDecimal osms = rs.getBigDecimal(17);
                BigDecimal toSupplier = rs.getBigDecimal(18);
                form.row(++n[0], Utf8Text.column(rs, 1), Utf8Text.column(rs, 2), Utf8Text.column(rs, 3),
                        Utf8Text.column(rs, 4), Utf8Text.column(rs, 5), Utf8Text.column(rs, 6), Utf8Text.column(rs, 7),
                        Utf8Text.column(rs, 8), Utf8Text.column(rs, 9), Utf8Text.column(rs, 10), Utf8Text.column(rs, 11),
                        rs.getObject(12, LocalDate.class), YearMonth.parse(rs.getString(13)),
                        hours, g, opv, osms, toSupplier);
                totals[0] = totals[0].add(hours);
                totals[1] = totals[1].add(g);
                totals[2] = totals[2].add(opv);
                totals[3] = totals[3].add(osms);
                totals[4] = totals[4].add(toSupplier);
            }, cycle.toString(), bin);
            form.totals("ИТОГО", Map.of(14, totals[0], 15, totals[1], 16, totals[2], 17, totals[3], 18, totals[4]))
                    .textLine("Итого гарантированная сумма прописью: " + AmountInWords.of(totals[1]))
                    .signatures("Руководитель подразделения ____________________ (Ф.И.О.)",
                            "Исполнитель ____________________ (Ф.И.О.)");
            form.finish();
        }
    }
}
