package kz.assistant.reimbursement.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.acts.RejectedActsFile;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.reimbursementlist.CbdFilesTasklet;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;

/** п.25: what was formed and sent to CBD never changes, not even when the supplier's details do (п.19). */
class RecordsNeverChangeIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void aReturnAndNewDetailsLeaveTheRecordTheCbdFileAndTheFirstPaymentAsTheyWere() throws Exception {
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        ActsFile acts = new ActsFile();
        acts.act();
        long record = fixtures.formRecords(MARCH, acts).get(0);
        fixtures.sendAll(MARCH);
        Map<String, Object> formed = jdbc.queryForMap("select * from reimbursement_record where record_id = ?", record);
        Path cbdFile = outbox(MARCH).resolve("cbd-records.csv");
        List<String> cbdAsSent = Files.readAllLines(cbdFile);
        String first = PaymentFixtures.reference(record, 1);
        Map<String, Object> firstPayment = jdbc.queryForMap("select * from payment where payment_reference = ?", first);
        String newIban = ActsFile.iban("722", 77);
        Path inbox = inbox(MARCH);
        Files.writeString(inbox.resolve("bank-returns.csv"), "payment_reference;bic;supplier_iban;amount;returned_on;reason\n"
                + first + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        Files.writeString(inbox.resolve("psu-requisites.csv"), "supplier_id;supplier_iban;supplier_bic;changed_on\n"
                + formed.get("supplier_id") + ";" + newIban + ";CASPKZKA;2026-03-21\n");

        var outcome = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);
        fixtures.sendAll(MARCH);
        Files.delete(cbdFile);
        new CbdFilesTasklet(MARCH, home, jdbc, new RejectedActsFile(home, jdbc)).execute(mock(StepContribution.class), null);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForMap("select * from reimbursement_record where record_id = ?", record)).isEqualTo(formed);
        assertThat(Files.readAllLines(cbdFile)).isEqualTo(cbdAsSent);
        Map<String, Object> firstNow = jdbc.queryForMap("select * from payment where payment_reference = ?", first);
        assertThat(firstNow).containsEntry("supplier_iban", firstPayment.get("supplier_iban"))
                .containsEntry("bic", firstPayment.get("bic")).containsEntry("amount", firstPayment.get("amount"));
        assertThat(jdbc.queryForMap("select supplier_iban, bic from payment where payment_reference = ?", PaymentFixtures.reference(record, 2)))
                .containsEntry("supplier_iban", newIban).containsEntry("bic", "CASPKZKA");
    }
}
