package kz.assistant.reimbursement.fundingneed;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.reference.MioNames;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.MonthNames;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code funding-need.xlsx} (п.12–13, the need per MIO by service month) and one
 * {@code funding-request_<mio_bin>.xlsx} per MIO (п.14), rebuilt from funding_need and
 * funding_request on every run.
 */
public class FundingNeedSpreadsheetsTasklet implements Tasklet {

    static final List<FormColumn> NEED_COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("БИН МИО", 14),
            FormColumn.text("Наименование МИО", 40),
            FormColumn.month("Период возмещения (месяц оказания услуги)", 14),
            FormColumn.integer("Количество записей", 11),
            FormColumn.money("Гарантированная сумма, тенге", 16),
            FormColumn.money("ОПВ и ВОСМС в составе гарантированной суммы, тенге", 16),
            FormColumn.money("Потребность: сумма к перечислению поставщикам, тенге", 18));

    private final YearMonth cycle;
    private final HomeFolder home;
    private final JdbcTemplate jdbc;
    private final FundingRequestSpreadsheet requests;

    public FundingNeedSpreadsheetsTasklet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc, PerMioSpreadsheet.Context forms) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
        this.requests = new FundingRequestSpreadsheet(forms);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        writeNeed();
        List<MioName> mios = MioNames.where(jdbc,
                "exists (select 1 from funding_request q where q.cycle_month = ? and q.mio_bin = m.mio_bin)", cycle.toString());
        for (MioName mio : mios) {
            requests.write(mio);
        }
        contribution.incrementWriteCount(1L + mios.size());
        return RepeatStatus.FINISHED;
    }

    private void writeNeed() throws Exception {
        Path target = home.outbox(cycle).resolve("funding-need.xlsx");
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        long[] records = {0};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Потребность")) {
            form.title("Потребность в бюджетных средствах на возмещение стоимости услуг индивидуального помощника",
                            "(по МИО и периодам возмещения)")
                    .headerLines("Месяц на выплату: " + MonthNames.nominative(cycle),
                            "Записи, сформированные после формирования потребности, включаются в потребность следующего месяца (п.13)")
                    .columns(NEED_COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select f.mio_bin, m.name, f.service_month, f.records, f.guaranteed, f.to_supplier
                    from funding_need f join mio m on m.mio_bin = f.mio_bin
                    where f.cycle_month = ? order by f.mio_bin, f.service_month
                    """, rs -> {
                BigDecimal g = rs.getBigDecimal("guaranteed");
                BigDecimal toSupplier = rs.getBigDecimal("to_supplier");
                form.row(++n[0], rs.getString("mio_bin"), rs.getString("name"), YearMonth.parse(rs.getString("service_month")),
                        rs.getLong("records"), g, g.subtract(toSupplier), toSupplier);
                records[0] += rs.getLong("records");
                totals[0] = totals[0].add(g);
                totals[1] = totals[1].add(g.subtract(toSupplier));
                totals[2] = totals[2].add(toSupplier);
            }, cycle.toString());
            form.totals("ИТОГО", Map.of(4, records[0], 5, totals[0], 6, totals[1], 7, totals[2]))
                    .textLine("Итого потребность прописью: " + AmountInWords.of(totals[2]))
                    .signatures("Руководитель ____________________ (Ф.И.О.)", "Исполнитель ____________________ (Ф.И.О.)");
            form.finish();
        }
    }

    /** 1 234 567,89: the way amounts are written in figures on Russian forms. */
    static String figures(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
