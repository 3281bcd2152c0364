package kz.assistant.reimbursement.reconciliation;

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

/**
 * reconciliation-act_<mio_bin>.xlsx (п.21–22, Appendix 3): every payment order by which the MIO
 * funded cycle M, the total in figures and in words, and the two signature blocks. An act is written
 * for each MIO that funded the cycle or has records in it: an MIO that owes money gets an act showing
 * nothing received. Rebuilt from the database, so the same data gives the same act.
 */
public class ReconciliationActSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static final String MIOS = """
                exists (select 1 from mio_transfer t where t.cycle_month = ? and t.mio_bin = m.mio_bin)
                   or exists (select 1 from reimbursement_record r where r.cycle_month = ? and r.mio_bin = m.mio_bin)
                """;


    static final List<FormColumn> COLUMNS = List.of(
            FormColumn.integer("Код строки", 8),
            FormColumn.text("БИН МИО", 14),
            FormColumn.text("Наименование МИО", 40),
            FormColumn.text("Номер платежного поручения", 16),
            FormColumn.date("Дата платежного поручения", 14),
            FormColumn.money("Сумма, тенге", 18));

    public ReconciliationActSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        super(cycle, home, jdbc);
    }

    /** Writes the MIO's file, whole or not at all. */
    public void write(MioNames.MioName mio) throws Exception {
        String bin = mio.bin();
        String mioName = mio.name();
        Path target = target("reconciliation-act", mio);
        BigDecimal[] total = {BigDecimal.ZERO};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Акт сверки")) {
            form.title("Акт сверки",
                            "сумм, перечисленных " + mioName,
                            "Государственной корпорации «Правительство для граждан» на возмещение стоимости услуг индивидуального помощника",
                            "Приложение 3 к Алгоритму взаимодействия")
                    .headerLines("Период (месяц на выплату): " + MonthNames.nominative(cycle),
                            "МИО: " + mioName + " (БИН " + bin + ")")
                    .columns(COLUMNS);
            long[] n = {0};
            // Order by date then number: the order in which the money arrived, stable across reruns.
            jdbc.query("""
                    select payment_order_number, payment_order_date, amount from mio_transfer
                    where cycle_month = ? and mio_bin = ? order by payment_order_date, payment_order_number, id
                    """, rs -> {
                BigDecimal amount = rs.getBigDecimal("amount");
                form.row(++n[0], bin, mioName, rs.getString("payment_order_number"),
                        rs.getObject("payment_order_date", LocalDate.class), amount);
                total[0] = total[0].add(amount);
            }, cycle.toString(), bin);
            form.totals("Всего:", Map.of(5, total[0]))
                    .textLine("Всего прописью: " + AmountInWords.of(total[0]))
                    .signatures("От Государственной корпорации «Правительство для граждан»:\n"
                                    + "Руководитель ____________________ (Ф.И.О.)\nГлавный бухгалтер ____________________ (Ф.И.О.)\nМ.П.",
                            "От МИО: " + mioName + "\n"
                                    + "Руководитель ____________________ (Ф.И.О.)\nГлавный бухгалтер ____________________ (Ф.И.О.)\nМ.П.");
            form.finish();
        }
    }
}
