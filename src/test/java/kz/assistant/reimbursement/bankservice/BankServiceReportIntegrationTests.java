package kz.assistant.reimbursement.bankservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.returns.BankReturnsJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import kz.assistant.reimbursement.support.SpreadsheetCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankServiceReportIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String ASTANA = ActsFile.ASTANA_MIO;

    /**
     * Astana: two acts of 64 h paid through Halyk (33 224.86 each), one of 120.5 h through Kaspi
     * (62 556.18); Halyk returns the first, which is paid again through Kaspi.
     */
    @BeforeEach
    void oneRecordReturnedByHalykAndPaidAgainThroughKaspi() throws Exception {
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        acts.add(Map.of("service_days", "16", "hours", "120.5", "supplier_iban", ActsFile.iban("722", 50), "supplier_bic", "CASPKZKA"));
        List<Long> records = fixtures.formRecords(MARCH, acts);
        fixtures.sendAll(MARCH);
        long returned = records.get(0);
        String supplier = jdbc.queryForObject("select supplier_id from reimbursement_record where record_id = ?", String.class, returned);
        Files.writeString(inbox(MARCH).resolve("bank-returns.csv"), "payment_reference;bic;supplier_iban;amount;returned_on;reason\n"
                + PaymentFixtures.reference(returned, 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        Files.writeString(inbox(MARCH).resolve("psu-requisites.csv"), "supplier_id;supplier_iban;supplier_bic;changed_on\n"
                + supplier + ";" + ActsFile.iban("722", 51) + ";CASPKZKA;2026-03-23\n");
        assertThat(run(BankReturnsJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(fixtures.sendAll(MARCH)).isEqualTo(1);
        // The report comes after the act and the refunds of the month (JobPrerequisites); these tests read payments only.
        fixtures.completed("reconciliation-act", MARCH);
        fixtures.completed("return-refunds", MARCH);
    }

    @Test
    void eachBankShowsTransferredReturnedAndPaidAsTransferredMinusReturned() throws Exception {
        var outcome = run(BankServiceReportJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        List<List<String>> report = SpreadsheetCells.rows(outbox(MARCH).resolve("bank-service-report_" + ASTANA + ".xlsx"));
        assertThat(report).containsSubsequence(
                List.of("1", "АО «Kaspi Bank»", "2", "95781.04", "0", "0", "2", "95781.04"),
                List.of("2", "АО «Народный Банк Казахстана»", "2", "66449.72", "1", "33224.86", "1", "33224.86"),
                List.of("ИТОГО", "", "4", "162230.76", "1", "33224.86", "3", "129005.9"),
                List.of("Выплачено получателям прописью: Сто двадцать девять тысяч пять тенге 90 тиын"));
        assertThat(Files.exists(outbox(MARCH).resolve("bank-service-report_" + ActsFile.ALMATY_MIO + ".xlsx"))).isFalse();
    }

    @Test
    void theReportOfACompletedMonthCanBeRegeneratedAndGivesTheSameContent() throws Exception {
        Path file = outbox(MARCH).resolve("bank-service-report_" + ASTANA + ".xlsx");
        assertThat(run(BankServiceReportJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        List<List<String>> first = SpreadsheetCells.rows(file);
        Files.delete(file);

        var again = run(BankServiceReportJobConfiguration.JOB_NAME, MARCH);

        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(SpreadsheetCells.rows(file)).isEqualTo(first);
    }
}
