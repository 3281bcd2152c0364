package kz.assistant.reimbursement.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankReturnsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String RETURNS_HEADER = "payment_reference;bic;supplier_iban;amount;returned_on;reason\n";
    private static final String REQUISITES_HEADER = "supplier_id;supplier_iban;supplier_bic;changed_on\n";
    // 64 h of 2026 (8 days × 8 h): G 37 755.52, OPV 3 775.55, OSMS 755.11.
    private static final BigDecimal TO_SUPPLIER = new BigDecimal("33224.86");

    private PaymentFixtures fixtures;
    private List<Long> records;
    private ActsFile acts;

    @BeforeEach
    void twoRecordsSent() throws Exception {
        fixtures = new PaymentFixtures(jdbc, runner, home);
        acts = new ActsFile();
        acts.act();
        acts.act();
        records = fixtures.formRecords(MARCH, acts);
        assertThat(fixtures.sendAll(MARCH)).isEqualTo(2);
    }

    @Test
    void aReturnMatchingASentPaymentMakesItReturnedAndIsListedForPsu() throws Exception {
        long record = records.get(0);
        String reference = PaymentFixtures.reference(record, 1);
        deliver("bank-returns.csv", RETURNS_HEADER + reference + ";HSBKKZKX;" + iban(record) + ";33224.86;2026-03-20;Счёт закрыт\n");

        var outcome = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(fixtures.paymentState(reference)).isEqualTo("RETURNED");
        assertThat(fixtures.state(record)).isEqualTo("RETURNED");
        assertThat(fixtures.state(records.get(1))).isEqualTo("SENT");
        Map<String, Object> payment = jdbc.queryForMap("select returned_at::text as d, return_reason from payment where payment_reference = ?", reference);
        assertThat(payment).containsEntry("d", "2026-03-20").containsEntry("return_reason", "Счёт закрыт");
        List<String> notifications = Files.readAllLines(outbox(MARCH).resolve("return-notifications.csv"));
        assertThat(notifications).hasSize(2);
        assertThat(notifications.get(0)).startsWith("act_number;supplier_id;supplier_name;supplier_iban;amount;returned_on;reason;message");
        assertThat(notifications.get(1)).startsWith("ACT-T-1;" + supplier(record) + ";Садыков Ержан;" + iban(record) + ";33224.86;2026-03-20;Счёт закрыт;")
                .contains("неверные банковские реквизиты");
        assertThat(Files.readAllLines(outbox(MARCH).resolve("bank-return-exceptions.csv"))).hasSize(1);
    }

    @Test
    void theSameReturnsFileDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
        String returns = RETURNS_HEADER + PaymentFixtures.reference(records.get(0), 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n";
        deliver("bank-returns.csv", returns);
        assertThat(run(BankReturnsJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        deliver("bank-returns-again.csv", returns);

        var second = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(second.exitCode()).as(second.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from bank_return")).isEqualTo(1);
        assertThat(count("select count(*) from input_file where kind = 'bank-returns'")).isEqualTo(1);
        assertThat(count("select count(*) from input_exception")).isZero();
        assertThat(count("select count(*) from record_state where state = 'RETURNED'")).isEqualTo(1);
        assertThat(Files.readAllLines(outbox(MARCH).resolve("return-notifications.csv"))).hasSize(2);
    }

    @Test
    void anUnmatchedReturnAndAnAmountMismatchGoToTheExceptionsAndChangeNothing() throws Exception {
        deliver("bank-returns.csv", RETURNS_HEADER
                + "P999-1;HSBKKZKX;;100.00;2026-03-20;Счёт закрыт\n"
                + PaymentFixtures.reference(records.get(0), 1) + ";HSBKKZKX;;33224.85;2026-03-20;Счёт закрыт\n");

        var outcome = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from payment where state = 'SENT'")).isEqualTo(2);
        assertThat(count("select count(*) from record_state where state = 'SENT'")).isEqualTo(2);
        assertThat(jdbc.queryForList("select line || ' ' || reason_code from input_exception order by line", String.class))
                .containsExactly("2 UNMATCHED_PAYMENT", "3 AMOUNT_MISMATCH");
        List<String> exceptions = Files.readAllLines(outbox(MARCH).resolve("bank-return-exceptions.csv"));
        assertThat(exceptions).hasSize(3);
        assertThat(exceptions.get(2)).startsWith("bank-returns.csv;3;AMOUNT_MISMATCH;Сумма возврата 33224.85 не равна сумме платежа 33224.86;");
        assertThat(Files.readAllLines(outbox(MARCH).resolve("return-notifications.csv"))).hasSize(1);
    }

    @Test
    void aSecondReturnOfAReturnedPaymentGoesToTheExceptions() throws Exception {
        String reference = PaymentFixtures.reference(records.get(0), 1);
        deliver("bank-returns-1.csv", RETURNS_HEADER + reference + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        run(BankReturnsJobConfiguration.JOB_NAME, MARCH);
        deliver("bank-returns-2.csv", RETURNS_HEADER + reference + ";HSBKKZKX;;33224.86;2026-03-21;Счёт закрыт повторно\n");

        run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(jdbc.queryForList("select reason_code from input_exception", String.class)).containsExactly("ALREADY_RETURNED");
        assertThat(jdbc.queryForObject("select returned_at::text from payment where payment_reference = ?", String.class, reference))
                .isEqualTo("2026-03-20");
        assertThat(count("select count(*) from bank_return")).isEqualTo(1);
    }

    @Test
    void newBankDetailsMakeTheSuppliersReturnedRecordsRequeuedWithTheNewAccount() throws Exception {
        long record = records.get(0);
        String oldIban = iban(record);
        String newIban = ActsFile.iban("722", 77);
        deliver("bank-returns.csv", RETURNS_HEADER + PaymentFixtures.reference(record, 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        deliver("psu-requisites.csv", REQUISITES_HEADER + supplier(record) + ";" + newIban + ";CASPKZKA;2026-03-21\n");

        var outcome = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(fixtures.state(record)).isEqualTo("REQUEUED");
        assertThat(jdbc.queryForMap("select supplier_iban, supplier_bic from record_state where record_id = ?", record))
                .containsEntry("supplier_iban", newIban).containsEntry("supplier_bic", "CASPKZKA");
        assertThat(fixtures.state(records.get(1))).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select supplier_iban from payment where record_id = ?", String.class, record)).isEqualTo(oldIban);
        // payment-orders then pays it again from the returned money (п.19).
        assertThat(fixtures.sendAll(MARCH)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select supplier_iban, amount, from_returned_money from payment where payment_reference = ?",
                PaymentFixtures.reference(record, 2)))
                .containsEntry("supplier_iban", newIban).containsEntry("amount", TO_SUPPLIER).containsEntry("from_returned_money", true);
    }

    @Test
    void badBankDetailsAreRefusedWithTheirLineAndRequeueNothing() throws Exception {
        long record = records.get(0);
        deliver("bank-returns.csv", RETURNS_HEADER + PaymentFixtures.reference(record, 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        String badCheckDigit = supplier(record).substring(0, 11) + ((supplier(record).charAt(11) - '0' + 1) % 10);
        deliver("psu-requisites.csv", REQUISITES_HEADER
                + badCheckDigit + ";" + ActsFile.iban("722", 77) + ";CASPKZKA;2026-03-21\n"
                + supplier(record) + ";KZ000000000000000000;CASPKZKA;2026-03-21\n"
                + supplier(record) + ";" + ActsFile.iban("722", 77) + ";HSBKKZKX;2026-03-21\n"
                + supplier(record) + ";" + ActsFile.iban("111", 77) + ";HSBKKZKX;2026-03-21\n");

        run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(fixtures.state(record)).isEqualTo("RETURNED");
        assertThat(count("select count(*) from supplier_requisites")).isZero();
        assertThat(jdbc.queryForList("select line || ' ' || reason_code from input_exception order by line", String.class))
                .containsExactly("2 INVALID_SUPPLIER_ID", "3 INVALID_IBAN", "4 BIC_MISMATCH", "5 UNKNOWN_BANK");
        assertThat(Files.readAllLines(outbox(MARCH).resolve("psu-requisites-exceptions.csv"))).hasSize(5);
    }

    private void deliver(String name, String content) throws Exception {
        Files.writeString(inbox(MARCH).resolve(name), content, StandardCharsets.UTF_8);
    }

    private String iban(long record) {
        return jdbc.queryForObject("select supplier_iban from reimbursement_record where record_id = ?", String.class, record);
    }

    private String supplier(long record) {
        return jdbc.queryForObject("select supplier_id from reimbursement_record where record_id = ?", String.class, record);
    }
}
