package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code trace --act N}: masked by default; --unmasked shows personal data and is written to the audit trail. */
class TraceCommandIntegrationTests extends IntegrationTest {

    @Autowired
    private TraceCommand trace;

    @Test
    void theTraceIsMaskedAndAnUnmaskedTraceIsAudited() throws Exception {
        ActsFile acts = new ActsFile();
        Map<String, String> act = acts.act();
        new PaymentFixtures(jdbc, runner, home).formRecords(YearMonth.of(2026, 3), acts);

        String masked = print(Command.parse(new String[] {"trace", "--act", "ACT-T-1"}));
        long auditedBefore = count("select count(*) from run_audit where action = 'trace-unmasked'");
        String unmasked = print(Command.parse(new String[] {"trace", "--act", "ACT-T-1", "--unmasked"}));

        assertThat(masked).contains("Путь акта ACT-T-1").doesNotContain(act.get("assistant_iin")).doesNotContain(act.get("supplier_iban"));
        assertThat(auditedBefore).isZero();
        assertThat(unmasked).contains(act.get("assistant_iin")).contains(act.get("supplier_iban"));
        assertThat(jdbc.queryForMap("select cycle_month, outcome from run_audit where action = 'trace-unmasked'"))
                .containsEntry("cycle_month", "2026-03").containsEntry("outcome", "act ACT-T-1");
        assertThat(trace.execute(Command.parse(new String[] {"trace", "--act", "NO-SUCH"}))).isEqualTo(ExitCode.USAGE);
    }

    private String print(Command command) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(trace.execute(command)).isEqualTo(ExitCode.COMPLETED);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
