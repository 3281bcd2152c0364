package kz.assistant.reimbursement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** sample-data/cycle-2026-03: the shipped MIO transfers fund the sample need to the tiyn, Akmola in two parts. */
class SampleCycleIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");

    @Test
    void theSampleTransfersFundAndPayTheWholeSampleNeedAkmolaInTwoDeliveries() throws Exception {
        Path inbox = inbox(MARCH);
        for (String file : new String[] {"psu-acts.csv", "oop-exemptions.csv", "mio-transfers.csv"}) {
            Files.copy(SAMPLE.resolve(file), inbox.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run(FundingNeedJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);

        var first = run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH);
        assertThat(first.exitCode()).as(first.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from record_with_state where state = 'REQUESTED'")).isPositive();

        Files.copy(SAMPLE.resolve("mio-transfers-2.csv"), inbox.resolve("mio-transfers-2.csv"));
        var second = run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH);
        assertThat(second.exitCode()).as(second.message()).isEqualTo(ExitCode.COMPLETED);

        assertThat(count("select count(*) from record_with_state where state <> 'SENT'")).isZero();
        assertThat(jdbc.queryForList("""
                select q.mio_bin from funding_request q
                where q.amount <> (select sum(t.amount) from mio_transfer t where t.mio_bin = q.mio_bin)
                """)).isEmpty();
    }
}
