package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.SpreadsheetCells;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The business date (--date): what a run stands for, carried into every date it writes; a catch-up
 * of a past month shows that month's days, never the day the machine ran it.
 */
class BusinessDateIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{2})\\.(\\d{2})\\.(\\d{4})\\b");

    @Autowired
    ApplicationContext context;

    @Test
    void aCatchUpCycleOfAPastMonthCarriesOnlyThatMonthsBusinessDates() throws Exception {
        Path inbox = inbox(MARCH);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        ExitCode code = cli(new String[] {"cycle", "--month", "2026-03", "--date", "2026-05-29"});

        assertThat(code).isEqualTo(ExitCode.COMPLETED);
        // Need on Monday 16 March (the 15th is a Sunday), money due two working days later (п.15).
        assertThat(jdbc.queryForList("select distinct formed_on::text || ' ' || due_by::text from funding_request", String.class))
                .containsExactly("2026-03-16 2026-03-18");
        // Payments on the day the last MIO money of the inbox arrived.
        assertThat(jdbc.queryForList("select distinct created_at::date::text from payment_register order by 1", String.class))
                .first().isEqualTo("2026-03-18");
        LocalDate lastDayOfTheCycle = LocalDate.of(2026, 4, 30);
        for (String dates : List.of(
                "select state_changed_at::date from record_state", "select funded_at::date from record_state where funded_at is not null",
                "select sent_at::date from payment", "select created_at::date from payment_register",
                "select business_date from run_audit where business_date is not null")) {
            assertThat(jdbc.queryForList(dates, LocalDate.class)).as(dates).isNotEmpty()
                    .allSatisfy(d -> assertThat(d).isBetween(MARCH.atDay(14), lastDayOfTheCycle));
        }
        List<LocalDate> inFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox(MARCH))) {
            for (Path file : files.toList()) {
                String text = file.toString().endsWith(".xlsx")
                        ? String.join("\n", SpreadsheetCells.rows(file).stream().map(r -> String.join(";", r)).toList())
                        : Files.readString(file);
                inFiles.addAll(datesIn(text));
                if (file.toString().endsWith(".xml")) {
                    // The first payments on the day the money came, the repeat payment (п.19) on the day the new details did.
                    String day = text.contains("повторная выплата") ? "2026-03-26" : "2026-03-18";
                    assertThat(text).as(file.toString()).contains("<ReqdExctnDt>" + day + "</ReqdExctnDt>").contains("<CreDtTm>" + day + "T");
                }
            }
        }
        assertThat(inFiles).isNotEmpty().allSatisfy(d -> assertThat(d).isBefore(lastDayOfTheCycle.plusDays(1)));
        assertThat(String.join("\n", SpreadsheetCells.rows(outbox(MARCH).resolve("funding-request_070340000111.xlsx"))
                .stream().map(r -> String.join(";", r)).toList())).contains("16.03.2026").contains("18.03.2026");
    }

    @Test
    void aDateBeforeTheFourteenthOrMoreThanAYearAfterItIsRefused() {
        String job = ReimbursementListJobConfiguration.JOB_NAME;

        JobRunner.Outcome early = runner.run(job, MARCH, LocalDate.of(2026, 3, 13), false);
        JobRunner.Outcome late = runner.run(job, MARCH, LocalDate.of(2027, 3, 15), false);

        assertThat(early.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(early.message()).contains("2026-03-13").contains("2026-03-14");
        assertThat(late.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(late.message()).contains("more than a year").contains("2027-03-14");
        assertThat(count("select count(*) from batch_job_execution")).isZero();
        assertThat(cli(new String[] {"cycle", "--month", "2026-03", "--date", "2026-03-01"}))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aRestartKeepsTheDateOfTheRunItResumes() throws Exception {
        Files.writeString(inbox(MARCH).resolve("psu-acts.csv"), "act_number;service_month\nA-1;2026-02\n");
        String job = ReimbursementListJobConfiguration.JOB_NAME;
        assertThat(runner.run(job, MARCH, LocalDate.of(2026, 3, 14), false).exitCode()).isEqualTo(ExitCode.FAILED);
        ActsFile acts = new ActsFile();
        acts.act();
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");

        JobRunner.Outcome resumed = runner.run(job, MARCH, LocalDate.of(2026, 3, 20), true);

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("select action || ' ' || business_date from run_audit order by id", String.class))
                .containsExactly("start 2026-03-14", "finish 2026-03-14", "restart 2026-03-14", "finish 2026-03-14");
        assertThat(BusinessDate.of(resumed.execution().getJobParameters())).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void theFundingRequestIsDatedByTheBusinessDateOfItsRun() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertThat(runner.run(ReimbursementListJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 14), false).exitCode())
                .isEqualTo(ExitCode.COMPLETED);

        runner.run(FundingNeedJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 20), false);

        assertThat(jdbc.queryForMap("select formed_on::text as formed, due_by::text as due from funding_request"))
                .isEqualTo(Map.of("formed", "2026-03-20", "due", "2026-03-27"));
        assertThat(jdbc.queryForList("select distinct state_changed_at::date::text from record_state", String.class))
                .containsExactly("2026-03-20");
    }

    private ExitCode cli(String[] args) {
        Command command = Command.parse(args);
        return context.getBean(command.spec().action()).execute(command);
    }

    private static List<LocalDate> datesIn(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            dates.add(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            dates.add(LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1))));
        }
        return dates;
    }
}
