package kz.assistant.reimbursement.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;

/**
 * Dates that cannot be (issue 16 п.7): an act received after the business date, before its service
 * month or before the order took effect; a transfer or a return dated after the business date or more
 * than a year before the cycle. Each is refused with its reason, never taken.
 */
class ImpossibleDatesIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate THE_14TH = LocalDate.of(2026, 3, 14);

    @Test
    void actsReceivedBeforeTheOrderBeforeTheirServiceMonthOrAfterTheBusinessDateAreRejected() throws Exception {
        ActsFile acts = new ActsFile();
        acts.add(Map.of("act_number", "ANCIENT", "act_received", "0001-01-01"));
        acts.add(Map.of("act_number", "BEFORE-ORDER", "act_received", "2024-06-30", "service_month", "2024-05"));
        acts.add(Map.of("act_number", "EARLY", "act_received", "2026-01-31"));
        acts.add(Map.of("act_number", "FUTURE", "act_received", "2026-03-15"));
        acts.add(Map.of("act_number", "GOOD", "act_received", "2026-03-14"));
        for (int i = 0; i < 20; i++) {
            acts.act(); // the four wrong ones stay under the file's rejection threshold
        }
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");

        JobRunner.Outcome outcome = runner.run("reimbursement-list", MARCH, THE_14TH, false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("select act_number from reimbursement_record", String.class)).hasSize(21).contains("GOOD")
                .doesNotContain("ANCIENT", "BEFORE-ORDER", "EARLY", "FUTURE");
        List<String> rejected = Files.readAllLines(outbox(MARCH).resolve("rejected-acts.csv"));
        assertThat(rejected).anyMatch(l -> l.contains("ANCIENT") && l.contains("ACT_RECEIVED_BEFORE_ORDER")
                && l.contains("раньше начала действия приказа (2024-07-01)"));
        assertThat(rejected).anyMatch(l -> l.contains("BEFORE-ORDER") && l.contains("ACT_RECEIVED_BEFORE_ORDER"));
        assertThat(rejected).anyMatch(l -> l.contains("EARLY") && l.contains("ACT_RECEIVED_BEFORE_SERVICE_MONTH")
                && l.contains("2026-01-31 раньше месяца оказания услуги 2026-02"));
        assertThat(rejected).anyMatch(l -> l.contains("FUTURE") && l.contains("ACT_RECEIVED_AFTER_BUSINESS_DATE")
                && l.contains("2026-03-15 позже даты операционного дня 2026-03-14"));
    }

    @Test
    void transfersDatedAfterTheBusinessDateOrAYearBeforeTheCycleGoToTheExceptions() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        fixtures.formRecords(MARCH, acts);
        assertThat(runner.run("funding-need", MARCH, LocalDate.of(2026, 3, 16), false).exitCode()).isEqualTo(ExitCode.COMPLETED);
        Files.writeString(inbox(MARCH).resolve("mio-transfers.csv"), "mio_bin;payment_order_number;payment_order_date;amount\n"
                + ActsFile.ASTANA_MIO + ";1;2026-03-19;33224.86\n"
                + ActsFile.ASTANA_MIO + ";2;2025-02-28;33224.86\n"
                + ActsFile.ASTANA_MIO + ";3;2026-03-18;33224.86\n");

        JobRunner.Outcome outcome = runner.run("payment-orders", MARCH, LocalDate.of(2026, 3, 18), false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("select payment_order_number from mio_transfer", String.class)).containsExactly("3");
        assertThat(jdbc.queryForList("select line || ' ' || reason_code from input_exception order by line", String.class))
                .containsExactly("2 PAYMENT_ORDER_DATE_AFTER_BUSINESS_DATE", "3 PAYMENT_ORDER_DATE_TOO_OLD");
        assertThat(count("select count(*) from payment")).as("only the money dated by the 18th pays").isEqualTo(1);
    }

    @Test
    void returnsDatedAfterTheBusinessDateOrAYearBeforeTheCycleGoToTheExceptions() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        acts.act();
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        List<Long> records = fixtures.formRecords(MARCH, acts);
        fixtures.sendAll(MARCH);
        String header = "payment_reference;bic;supplier_iban;amount;returned_on;reason\n";
        Files.writeString(inbox(MARCH).resolve("bank-returns.csv"), header
                + PaymentFixtures.reference(records.get(0), 1) + ";HSBKKZKX;;33224.86;2026-03-25;Счёт закрыт\n"
                + PaymentFixtures.reference(records.get(1), 1) + ";HSBKKZKX;;33224.86;2025-02-01;Счёт закрыт\n"
                + PaymentFixtures.reference(records.get(2), 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");

        JobRunner.Outcome outcome = runner.run("bank-returns", MARCH, LocalDate.of(2026, 3, 20), false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(List.of(fixtures.state(records.get(0)), fixtures.state(records.get(1)), fixtures.state(records.get(2))))
                .containsExactly("SENT", "SENT", "RETURNED");
        List<String> exceptions = Files.readAllLines(outbox(MARCH).resolve("bank-return-exceptions.csv"));
        assertThat(String.join("\n", exceptions)).contains("DATE_AFTER_BUSINESS_DATE").contains("2026-03-25")
                .contains("DATE_TOO_OLD").contains("2025-02-01");
    }
}
