package kz.assistant.reimbursement.reimbursementlist;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.Utf8Text;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.MonthNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OPV, OSMS and SO one MIO transfers ({@code contributions_<mio_bin>.xlsx}), from the social
 * contributions of the cycle, rebuilt from the database on every run.
 */
public class ContributionsSpreadsheet extends PerMioSpreadsheet {

    static final List<FormColumn> CONTRIBUTION_COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("ИИН индивидуального помощника", 14),
            FormColumn.text("Ф.И.О. индивидуального помощника", 28),
            FormColumn.month("Месяц оказания услуги", 11),
            FormColumn.integer("Количество актов", 9),
            FormColumn.money("Гарантированная сумма, тенге", 15),
            FormColumn.money("ОПВ (10 %), тенге", 13),
            FormColumn.money("ВОСМС (2 %), тенге", 13),
            FormColumn.money("Объект исчисления СО, тенге", 15),
            FormColumn.money("СО за месяц, тенге", 13),
            FormColumn.money("СО к перечислению, тенге", 13));

    public ContributionsSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        super(cycle, home, jdbc);
    }

    /** Writes the MIO's file, whole or not at all. */
    public void write(MioName mio) throws Exception {
        String bin = mio.bin();
        String mioName = mio.name();
        Path target = target("contributions", mio);
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "ОПВ ВОСМС СО")) {
            form.title("Список для перечисления обязательных пенсионных взносов, взносов на обязательное",
                            "социальное медицинское страхование и социальных отчислений за индивидуальных помощников")
                    .headerLines("Подразделение: " + mioName + " (БИН " + bin + ")",
                            "Месяц на выплату: " + MonthNames.nominative(cycle),
                            "СО уплачиваются сверх гарантированной суммы; ОПВ и ВОСМС удержаны из гарантированной суммы")
                    .columns(CONTRIBUTION_COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select assistant_iin, assistant_name, service_month, acts, guaranteed, opv, osms, so_base, so_total, so_due
                    from social_contribution where cycle_month = ? and mio_bin = ? order by assistant_iin, service_month
                    """, rs -> {
                form.row(++n[0], Utf8Text.column(rs, 1), Utf8Text.column(rs, 2), YearMonth.parse(rs.getString(3)), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10));
                totals[0] = totals[0].add(rs.getBigDecimal(5));
                totals[1] = totals[1].add(rs.getBigDecimal(6));
                totals[2] = totals[2].add(rs.getBigDecimal(7));
                totals[3] = totals[3].add(rs.getBigDecimal(10));
            }, cycle.toString(), bin);
            form.totals("ИТОГО", Map.of(5, totals[0], 6, totals[1], 7, totals[2], 10, totals[3]))
                    .textLine("ОПВ прописью: " + AmountInWords.of(totals[1]))
                    .textLine("ВОСМС прописью: " + AmountInWords.of(totals[2]))
                    .textLine("СО к перечислению прописью: " + AmountInWords.of(totals[3]))
                    .signatures("Руководитель подразделения ____________________ (Ф.И.О.)",
                            "Главный бухгалтер ____________________ (Ф.И.О.)");
            form.finish();
        }
    }
}
