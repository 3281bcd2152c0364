package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cron and an officer on one server: one run of a job and month at a time, a failed run that
 * {@code status} explains with the command that resumes it, and an audit trail of who did what.
 */
class RunControlIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String JOB = ReimbursementListJobConfiguration.JOB_NAME;

    @Autowired
    DataSource dataSource;

    @Autowired
    StatusReport status;

    @Test
    void theCommandLineKnowsEveryJobBeforeSpringStarts() {
        assertThat(Set.copyOf(Commands.JOBS)).isEqualTo(runner.jobNames());
    }

    @Test
    void secondRunOfTheSameJobAndMonthIsRefusedAtOnceWhileTheFirstHoldsTheLock() throws Exception {
        validActs();
        // The "first run" holds the advisory lock on its own connection, as JobRunner does for a run.
        try (JobRunLock firstRun = JobRunLock.tryAcquire(dataSource, JOB, MARCH.toString()).orElseThrow()) {
            long started = System.nanoTime();

            JobRunner.Outcome second = run(JOB, MARCH);

            assertThat(second.exitCode()).isEqualTo(ExitCode.ALREADY_RUNNING);
            assertThat(second.exitCode().code()).isEqualTo(4);
            assertThat(second.message()).contains("already running").contains("nothing was done");
            assertThat((System.nanoTime() - started) / 1_000_000).as("refused at once, ms").isLessThan(5_000);
            assertThat(count("select count(*) from batch_job_execution")).as("no execution created").isZero();
            assertThat(count("select count(*) from act_intake")).isZero();
        }
        Map<String, Object> refused = jdbc.queryForMap("select action, job_name, cycle_month, started_by, outcome from run_audit");
        assertThat(refused).containsEntry("action", "refused").containsEntry("job_name", JOB)
                .containsEntry("cycle_month", "2026-03").containsEntry("started_by", RunAudit.startedBy())
                .containsEntry("outcome", "already running");

        assertThat(run(JOB, MARCH).exitCode()).as("free again once the first run ended").isEqualTo(ExitCode.COMPLETED);
    }

    @Test
    void lockOfOneMonthDoesNotHoldBackAnotherMonth() throws Exception {
        String fundingNeed = "funding-need";
        try (JobRunLock february = JobRunLock.tryAcquire(dataSource, fundingNeed, "2026-02").orElseThrow()) {
            Optional<JobRunLock> march = JobRunLock.tryAcquire(dataSource, fundingNeed, MARCH.toString());
            assertThat(march).isPresent();
            march.get().close();
        }
    }

    @Test
    void aListOfAnotherMonthWaitsForTheListThatFormsRecords() throws Exception {
        validActs();
        try (JobRunLock february = JobRunLock.tryAcquire(dataSource, JOB, "2026-02").orElseThrow()) {

            JobRunner.Outcome march = run(JOB, MARCH);

            assertThat(march.exitCode()).isEqualTo(ExitCode.ALREADY_RUNNING);
            assertThat(march.message()).contains("of this or another month").contains("nothing was done");
            assertThat(count("select count(*) from act_intake")).isZero();
        }
        assertThat(run(JOB, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
    }

    @Test
    void statusOfAFailedRunSaysWhereWhyAndTheCommandThatResumesIt_inRussian() throws Exception {
        Files.writeString(inbox(MARCH).resolve("psu-acts.csv"), "act_number;service_month\nA-1;2026-02\n");

        JobRunner.Outcome failed = run(JOB, MARCH);
        String report = status.render(Set.of(JOB), MARCH, "ru");

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("2026-03/psu-acts.csv, line 1").contains("act_received")
                .contains("scripts/reimbursement restart reimbursement-list --month 2026-03");
        assertThat(report)
                .contains("reimbursement-list 2026-03: ОШИБКА")
                .contains("Ошибка на шаге: act-file")
                .contains("Причина: 2026-03/psu-acts.csv, line 1: required columns act_received")
                .contains("Что сделать: устраните причину и продолжите командой:\n    scripts/reimbursement restart reimbursement-list --month 2026-03")
                .contains("Журнал действий:")
                .contains("запустил: " + RunAudit.startedBy());
    }

    @Test
    void statusInEnglishWhenTheLanguageIsEn() throws Exception {
        Files.writeString(inbox(MARCH).resolve("psu-acts.csv"), "act_number;service_month\nA-1;2026-02\n");
        run(JOB, MARCH);

        String report = status.render(Set.of(JOB), MARCH, "en");

        assertThat(report).contains("reimbursement-list 2026-03: FAILED").contains("Failed at step: act-file")
                .contains("What to do: fix the cause, then resume with:\n    scripts/reimbursement restart reimbursement-list --month 2026-03")
                .contains("Audit trail:");
    }

    @Test
    void restartAfterTheFileIsFixedIsAuditedWithWhoRanIt() throws Exception {
        Files.writeString(inbox(MARCH).resolve("psu-acts.csv"), "act_number;service_month\nA-1;2026-02\n");
        assertThat(run(JOB, MARCH).exitCode()).isEqualTo(ExitCode.FAILED);
        validActs();

        JobRunner.Outcome resumed = runner.run(JOB, MARCH, true);

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.COMPLETED);
        List<String> trail = jdbc.queryForList("select action || ' ' || coalesce(outcome, '-') || ' ' || started_by from run_audit order by id", String.class);
        String who = RunAudit.startedBy();
        assertThat(trail).hasSize(4);
        assertThat(trail.get(0)).isEqualTo("start - " + who);
        assertThat(trail.get(1)).startsWith("finish FAILED: 2026-03/psu-acts.csv, line 1: required columns").endsWith(" " + who);
        assertThat(trail.get(2)).isEqualTo("restart - " + who);
        assertThat(trail.get(3)).isEqualTo("finish COMPLETED " + who);
        assertThat(status.render(Set.of(JOB), MARCH, "ru")).contains("reimbursement-list 2026-03: ЗАВЕРШЕНО")
                .contains("продолжение").doesNotContain("Причина");
    }

    private void validActs() throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < 3; i++) {
            acts.act();
        }
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
    }
}
