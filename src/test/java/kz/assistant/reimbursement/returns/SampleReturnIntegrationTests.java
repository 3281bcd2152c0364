package kz.assistant.reimbursement.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;

/** The sample return and corrected account fit the sample acts: the return is taken and the record requeued. */
class SampleReturnIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data", "cycle-2026-03");

    @Test
    void theSampleReturnIsTakenAndTheSampleDetailsRequeueItsRecord() throws Exception {
        Path inbox = inbox(MARCH);
        for (String file : new String[]{"psu-acts.csv", "oop-exemptions.csv"}) {
            Files.copy(SAMPLE.resolve(file), inbox.resolve(file));
        }
        assertThat(run("reimbursement-list", MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        new PaymentFixtures(jdbc, runner, home).sendAll(MARCH);
        for (String file : new String[]{"bank-returns.csv", "psu-requisites.csv"}) {
            Files.copy(SAMPLE.resolve(file), inbox.resolve(file));
        }

        var outcome = run(BankReturnsJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from input_exception")).isZero();
        assertThat(jdbc.queryForMap("""
                select r.act_number, r.state, s.supplier_iban, s.supplier_bic
                from record_with_state r join record_state s on s.record_id = r.record_id where r.record_id = 2026030000003
                """))
                .isEqualTo(Map.of("act_number", "ACT-2026-03-000002", "state", "REQUEUED",
                        "supplier_iban", "KZ176010000043607631", "supplier_bic", "HSBKKZKX"));
    }
}
