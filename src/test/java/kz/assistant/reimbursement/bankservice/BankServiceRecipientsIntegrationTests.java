package kz.assistant.reimbursement.bankservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import kz.assistant.reimbursement.support.SpreadsheetCells;
import org.junit.jupiter.api.Test;

/** Appendix 4's "количество получателей": the supplier accounts paid, not the payments. */
class BankServiceRecipientsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void threePaymentsToTwoAccountsOfOneBankAreTwoRecipients() throws Exception {
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        String shared = ActsFile.iban("601", 77);
        ActsFile acts = new ActsFile();
        acts.add(Map.of("supplier_iban", shared));
        acts.add(Map.of("supplier_iban", shared));
        acts.act();
        fixtures.formRecords(MARCH, acts);
        assertThat(fixtures.sendAll(MARCH)).isEqualTo(3);
        fixtures.completed("reconciliation-act", MARCH);
        fixtures.completed("return-refunds", MARCH);

        var outcome = run(BankServiceReportJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        List<List<String>> report = SpreadsheetCells.rows(outbox(MARCH).resolve("bank-service-report_" + ActsFile.ASTANA_MIO + ".xlsx"));
        List<String> halyk = report.stream().filter(r -> r.size() > 1 && r.get(1).equals("АО «Народный Банк Казахстана»"))
                .findFirst().orElseThrow();
        // Transferred to 2 accounts, none returned, 2 paid; the sums are the three payments'.
        assertThat(halyk.subList(2, 8)).containsExactly("2", "99674.58", "0", "0", "2", "99674.58");
    }
}
