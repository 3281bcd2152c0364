package kz.assistant.reimbursement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** п.15: the MIO transfers within its request, within two working days of receiving it; anything else is listed, not lost. */
class TransferExceptionsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String HEADER = "mio_bin;payment_order_number;payment_order_date;amount\n";

    /** Two acts of Astana requested: 2 × 33 224.86 = 66 449.72 to transfer. */
    @BeforeEach
    void astanaRequested() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertThat(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        // The request is sent on Monday 16 March: the MIO's money is due by Wednesday 18 March (п.15).
        assertThat(runner.run(FundingNeedJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 16), false).exitCode())
                .isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForObject("select due_by from funding_request", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void aTransferAboveWhatIsStillRequestedOrWithoutARequestIsListedAndItsMoneyKept() throws Exception {
        Files.writeString(inbox(MARCH).resolve("mio-transfers.csv"), HEADER
                + ActsFile.ASTANA_MIO + ";101;2026-03-17;40000.00\n"
                + ActsFile.ASTANA_MIO + ";102;2026-03-17;30000.00\n"
                + ActsFile.ALMATY_MIO + ";201;2026-03-17;500.00\n");

        var outcome = runner.run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 17), false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForObject("select sum(amount) from mio_transfer", BigDecimal.class)).isEqualByComparingTo("70500.00");
        assertThat(jdbc.queryForList("""
                select t.payment_order_number || ' ' || x.reason_code from transfer_exception x join mio_transfer t on t.id = x.mio_transfer_id
                order by t.line""", String.class)).containsExactly("102 EXCEEDS_REQUEST", "201 NO_OPEN_REQUEST");
        List<String> file = Files.readAllLines(outbox(MARCH).resolve("transfer-exceptions.csv"));
        assertThat(file).hasSize(3);
        assertThat(file.get(1)).startsWith("mio-transfers.csv;3;" + ActsFile.ASTANA_MIO + ";102;2026-03-17;30000.00;EXCEEDS_REQUEST;")
                .contains("по заявкам остаётся 26449.72 тенге: сверх заявки 3550.28 тенге").endsWith(";да;");
        assertThat(file.get(2)).contains(";201;").contains("без заявки о сумме потребности");
        // The money is in the balance: both Astana acts are paid (66 449.72 of 70 000.00).
        assertThat(count("select count(*) from payment")).isEqualTo(2);
    }

    @Test
    void aTransferReceivedAfterTheRequestsDueDayIsListedAsLate() throws Exception {
        Files.writeString(inbox(MARCH).resolve("mio-transfers.csv"), HEADER + ActsFile.ASTANA_MIO + ";101;2026-03-20;66449.72\n");

        var outcome = runner.run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 20), false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Map<String, Object> exception = jdbc.queryForMap("select reason_code, reason from transfer_exception");
        assertThat(exception.get("reason_code")).isEqualTo("LATE");
        assertThat((String) exception.get("reason")).contains("Деньги поступили 2026-03-20, срок по заявке за 2026-03 — 2026-03-18");
        assertThat(jdbc.queryForObject("select received_on from mio_transfer", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(count("select count(*) from payment")).isEqualTo(2);
    }
}
