package kz.assistant.reimbursement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import kz.assistant.reimbursement.support.SpreadsheetCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconciliationActIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String ASTANA = ActsFile.ASTANA_MIO;
    private static final String ASTANA_NAME = "ГУ «Управление занятости и социальных программ города Астаны»";

    @BeforeEach
    void astanaFundedMarchByTwoOrders() {
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        fixtures.transfer(MARCH, ASTANA, "102", LocalDate.of(2026, 3, 17), "21086.57");
        fixtures.transfer(MARCH, ASTANA, "101", LocalDate.of(2026, 3, 16), "50000.00");
        fixtures.transfer(YearMonth.of(2026, 2), ASTANA, "77", LocalDate.of(2026, 2, 16), "1000.00");
        fixtures.transfer(MARCH, ActsFile.ALMATY_MIO, "5", LocalDate.of(2026, 3, 18), "33224.86");
        // The transfers above stand for what payment-orders reads; the act waits for that job (JobPrerequisites).
        fixtures.completed("payment-orders", MARCH);
    }

    @Test
    void theActHasOneRowPerPaymentOrderOfTheCycleAndTheirTotalInFiguresAndWords() throws Exception {
        var outcome = run(ReconciliationActJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        List<List<String>> act = SpreadsheetCells.rows(outbox(MARCH).resolve("reconciliation-act_" + ASTANA + ".xlsx"));
        assertThat(act).anyMatch(row -> row.get(0).startsWith("Акт сверки о поступивших суммах"));
        assertThat(act).contains(List.of("Отчетный период март 2026 года"));
        assertThat(act).containsSubsequence(
                List.of("1", ASTANA, ASTANA_NAME, "101", "2026-03-16", "50000"),
                List.of("2", ASTANA, ASTANA_NAME, "102", "2026-03-17", "21086.57"),
                List.of("Всего:", "", "", "", "", "71086.57"),
                List.of("Всего прописью: Семьдесят одна тысяча восемьдесят шесть тенге 57 тиын"));
        assertThat(act.stream().filter(r -> r.size() == 6 && r.get(1).equals(ASTANA))).hasSize(2);
        // The form's order: the MIO signs first, then the State Corporation.
        assertThat(act).containsSubsequence(List.of(ASTANA_NAME), List.of("(наименование МИО)"),
                List.of("НАО \"Государственная корпорация \"Правительство для граждан\""));
        List<List<String>> almaty = SpreadsheetCells.rows(outbox(MARCH).resolve("reconciliation-act_" + ActsFile.ALMATY_MIO + ".xlsx"));
        assertThat(SpreadsheetCells.rowStartingWith(almaty, "Всего прописью"))
                .containsExactly("Всего прописью: Тридцать три тысячи двести двадцать четыре тенге 86 тиын");
        assertThat(Files.exists(outbox(MARCH).resolve("reconciliation-act_100540000315.xlsx"))).isFalse();
    }

    @Test
    void theActOfACompletedMonthCanBeRegeneratedAndGivesTheSameContent() throws Exception {
        assertThat(run(ReconciliationActJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        List<List<String>> first = SpreadsheetCells.rows(outbox(MARCH).resolve("reconciliation-act_" + ASTANA + ".xlsx"));
        Files.delete(outbox(MARCH).resolve("reconciliation-act_" + ASTANA + ".xlsx"));

        var again = run(ReconciliationActJobConfiguration.JOB_NAME, MARCH);

        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(SpreadsheetCells.rows(outbox(MARCH).resolve("reconciliation-act_" + ASTANA + ".xlsx"))).isEqualTo(first);
        assertThat(jdbc.queryForList("""
                select p.parameter_value from batch_job_execution_params p join batch_job_execution e on e.job_execution_id = p.job_execution_id
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                where i.job_name = 'reconciliation-act' and p.parameter_name = 'run' order by e.job_execution_id""", String.class)).containsExactly("1", "2");
    }

    @Test
    void aJobThatIsNotAReportIsStillRefusedForACompletedMonth() throws Exception {
        new PaymentFixtures(jdbc, runner, home).formRecords(MARCH, new ActsFile().add(java.util.Map.of()));

        var again = run("reimbursement-list", MARCH);

        assertThat(again.exitCode()).isEqualTo(ExitCode.ALREADY_COMPLETED);
    }
}
