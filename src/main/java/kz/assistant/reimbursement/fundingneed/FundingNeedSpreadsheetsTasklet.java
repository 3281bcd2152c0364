package kz.assistant.reimbursement.fundingneed;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.assistant.reimbursement.money.AmountInWords;
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

    static final List<FormColumn> REQUEST_COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.month("Период возмещения (месяц оказания услуги)", 16),
            FormColumn.integer("Количество записей", 12),
            FormColumn.money("Гарантированная сумма, тенге", 18),
            FormColumn.money("ОПВ и ВОСМС (перечисляются МИО самостоятельно), тенге", 20),
            FormColumn.money("Сумма потребности к перечислению, тенге", 20));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final YearMonth cycle;
    private final HomeFolder home;
    private final JdbcTemplate jdbc;

    public FundingNeedSpreadsheetsTasklet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        writeNeed();
        List<Map<String, Object>> requests = jdbc.queryForList("""
                select q.mio_bin, m.name, q.formed_on, q.due_by, q.records, q.amount
                from funding_request q join mio m on m.mio_bin = q.mio_bin where q.cycle_month = ? order by q.mio_bin
                """, cycle.toString());
        for (Map<String, Object> request : requests) {
            writeRequest(request);
        }
        contribution.incrementWriteCount(1L + requests.size());
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

    private void writeRequest(Map<String, Object> request) throws Exception {
        String bin = (String) request.get("mio_bin");
        BigDecimal amount = (BigDecimal) request.get("amount");
        LocalDate formedOn = ((java.sql.Date) request.get("formed_on")).toLocalDate();
        LocalDate dueBy = ((java.sql.Date) request.get("due_by")).toLocalDate();
        Path target = home.outbox(cycle).resolve("funding-request_" + bin + ".xlsx");
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        long[] records = {0};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Заявка")) {
            form.title("Заявка о сумме потребности в бюджетных средствах",
                            "на возмещение стоимости услуг индивидуального помощника")
                    .headerLines("Кому: " + request.get("name") + " (БИН " + bin + ")",
                            "От: НАО \"Государственная корпорация \"Правительство для граждан\"",
                            "Месяц на выплату: " + MonthNames.nominative(cycle),
                            "Дата формирования заявки: " + DATE.format(formedOn),
                            "Срок перечисления средств: не позднее " + DATE.format(dueBy) + " (в течение двух рабочих дней, п.15)")
                    .columns(REQUEST_COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select service_month, records, guaranteed, to_supplier from funding_need
                    where cycle_month = ? and mio_bin = ? order by service_month
                    """, rs -> {
                BigDecimal g = rs.getBigDecimal("guaranteed");
                BigDecimal toSupplier = rs.getBigDecimal("to_supplier");
                form.row(++n[0], YearMonth.parse(rs.getString("service_month")), rs.getLong("records"), g, g.subtract(toSupplier), toSupplier);
                records[0] += rs.getLong("records");
                totals[0] = totals[0].add(g);
                totals[1] = totals[1].add(g.subtract(toSupplier));
            }, cycle.toString(), bin);
            form.totals("ИТОГО", Map.of(2, records[0], 3, totals[0], 4, totals[1], 5, amount))
                    .textLine("Сумма потребности: " + figures(amount) + " тенге (" + AmountInWords.of(amount) + ")")
                    .textLine("Просим перечислить указанную сумму не позднее " + DATE.format(dueBy) + ".")
                    .signatures("Руководитель ____________________ (Ф.И.О.)", "Исполнитель ____________________ (Ф.И.О.)",
                            "Принято МИО: ____________________ (Ф.И.О., дата)");
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
