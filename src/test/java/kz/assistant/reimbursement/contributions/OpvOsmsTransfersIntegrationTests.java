package kz.assistant.reimbursement.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.returns.BankReturnsJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;

/** п.10: CBD's word on the OPV and OSMS actually transferred, matched to the records. */
class OpvOsmsTransfersIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String HEADER = "assistant_iin;service_month;mio_bin;opv;osms;transferred_on\n";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 25);

    @Test
    void aConfirmationMatchingTheRecordsSumsMarksThemTransferredAndEveryOtherRowIsAnException() throws Exception {
        ActsFile acts = new ActsFile();
        Map<String, String> first = acts.act();
        Map<String, String> second = acts.act();
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        List<Long> records = fixtures.formRecords(MARCH, acts);
        fixtures.completed("payment-orders", MARCH);
        String stranger = ActsFile.iin("9001013", 77);
        // 64 h of 2026, not exempt: OPV 3 775.55, OSMS 755.11 per act.
        Files.writeString(inbox(MARCH).resolve("opv-osms-transfers.csv"), HEADER
                + first.get("assistant_iin") + ";2026-02;" + ActsFile.ASTANA_MIO + ";3775.55;755.11;2026-03-20\n"
                + second.get("assistant_iin") + ";2026-02;" + ActsFile.ASTANA_MIO + ";3775.55;755.10;2026-03-20\n"
                + stranger + ";2026-02;" + ActsFile.ASTANA_MIO + ";100.00;20.00;2026-03-20\n");

        var outcome = runner.run(BankReturnsJobConfiguration.JOB_NAME, MARCH, DAY, false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("""
                select k.record_id || ' ' || t.transferred_on from record_contribution k
                join contribution_transfer t on t.id = k.contribution_transfer_id""", String.class))
                .containsExactly(records.get(0) + " 2026-03-20");
        List<String> exceptions = Files.readAllLines(outbox(MARCH).resolve("opv-osms-exceptions.csv"));
        assertThat(exceptions).hasSize(3);
        assertThat(exceptions.get(1)).startsWith("opv-osms-transfers.csv;3;SUM_MISMATCH;")
                .contains("(ОПВ 3775.55, ОСМС 755.10) не равны суммам записей (ОПВ 3775.55, ОСМС 755.11)");
        assertThat(exceptions.get(2)).startsWith("opv-osms-transfers.csv;4;UNKNOWN_ASSISTANT;");
    }

    @Test
    void aSecondConfirmationOfTheSameRecordsIsAnExceptionAndTheSameFileAgainChangesNothing() throws Exception {
        ActsFile acts = new ActsFile();
        Map<String, String> first = acts.act();
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        fixtures.formRecords(MARCH, acts);
        fixtures.completed("payment-orders", MARCH);
        String row = first.get("assistant_iin") + ";2026-02;" + ActsFile.ASTANA_MIO + ";3775.55;755.11;2026-03-20\n";
        Files.writeString(inbox(MARCH).resolve("opv-osms-transfers.csv"), HEADER + row);
        assertThat(runner.run(BankReturnsJobConfiguration.JOB_NAME, MARCH, DAY, false).exitCode()).isEqualTo(ExitCode.COMPLETED);
        Files.copy(inbox(MARCH).resolve("opv-osms-transfers.csv"), inbox(MARCH).resolve("opv-osms-transfers-copy.csv"));
        Files.writeString(inbox(MARCH).resolve("opv-osms-transfers-2.csv"), HEADER + row.replace("2026-03-20", "2026-03-21"));

        var outcome = runner.run(BankReturnsJobConfiguration.JOB_NAME, MARCH, DAY, false);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from contribution_transfer")).isEqualTo(1);
        assertThat(count("select count(*) from input_file where kind = 'opv-osms-transfers'")).isEqualTo(2);
        assertThat(jdbc.queryForList("select reason_code from input_exception", String.class)).containsExactly("ALREADY_CONFIRMED");
    }
}
