package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** п.12: the 15th waits for the 14th — a job of the month starts only after the jobs it builds on completed. */
class JobPrerequisitesIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String LIST = ReimbursementListJobConfiguration.JOB_NAME;
    private static final String NEED = FundingNeedJobConfiguration.JOB_NAME;

    @Autowired
    StatusReport status;

    @Test
    void theNeedBeforeTheListIsRefusedAndTheMonthStaysOpenForIt() throws Exception {
        acts(3);

        JobRunner.Outcome early = runner.run(NEED, MARCH, LocalDate.of(2026, 3, 15), false);

        assertThat(early.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(early.message()).isEqualTo("funding-need 2026-03 NOT started: reimbursement-list 2026-03 must complete first"
                + " (run: scripts/reimbursement run reimbursement-list --month 2026-03)");
        assertThat(count("select count(*) from batch_job_instance where job_name = ?", NEED)).isZero();
        assertThat(status.render(Set.of(LIST, NEED), MARCH, "ru")).contains("funding-need ждёт завершения: reimbursement-list");

        assertThat(runner.run(LIST, MARCH, LocalDate.of(2026, 3, 14), false).exitCode()).isEqualTo(ExitCode.COMPLETED);
        JobRunner.Outcome need = runner.run(NEED, MARCH, LocalDate.of(2026, 3, 16), false);

        assertThat(need.exitCode()).as(need.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from record_state where requested_in = '2026-03'")).isEqualTo(3);
        assertThat(status.render(Set.of(LIST, NEED), MARCH, "ru")).doesNotContain("funding-need ждёт");
    }

    @Test
    void theNeedStartedWhileTheListRunsIsRefused() throws Exception {
        acts(400);

        CompletableFuture<JobRunner.Outcome> list = CompletableFuture.supplyAsync(() -> runner.run(LIST, MARCH, LocalDate.of(2026, 3, 14), false));
        while (count("select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id) where i.job_name = ?", LIST) == 0
                && !list.isDone()) {
            Thread.sleep(5);
        }
        JobRunner.Outcome need = runner.run(NEED, MARCH, LocalDate.of(2026, 3, 15), false);

        assertThat(list.get().exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(need.exitCode()).as(need.message()).isEqualTo(ExitCode.USAGE);
        assertThat(need.message()).contains("reimbursement-list 2026-03 must complete first");
        assertThat(runner.run(NEED, MARCH, LocalDate.of(2026, 3, 16), false).exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from record_state where requested_in = '2026-03'")).isEqualTo(400);
    }

    private void acts(int n) throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < n; i++) {
            acts.act();
        }
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
    }
}
