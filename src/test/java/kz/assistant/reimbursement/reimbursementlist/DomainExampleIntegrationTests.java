package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;

class DomainExampleIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void workedExampleOfDomainMdGivesItsAmountsToTheTiyn() throws Exception {
        ActsFile acts = new ActsFile();
        acts.add(Map.of("act_number", "A-1", "service_month", "2026-02", "service_days", "16", "hours", "120.5"));
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");

        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Map<String, Object> record = jdbc.queryForMap("select guaranteed, opv, osms, to_supplier, state from record_with_state where act_number = 'A-1'");
        assertThat(record.get("guaranteed")).isEqualTo(new BigDecimal("71086.57"));
        assertThat(record.get("opv")).isEqualTo(new BigDecimal("7108.66"));
        assertThat(record.get("osms")).isEqualTo(new BigDecimal("1421.73"));
        assertThat(record.get("to_supplier")).isEqualTo(new BigDecimal("62556.18"));
        assertThat(record.get("state")).isEqualTo("FORMED");
        BigDecimal so = jdbc.queryForObject("select so_due from social_contribution where cycle_month = '2026-03'", BigDecimal.class);
        assertThat(so).isEqualTo(new BigDecimal("3198.90"));
    }
}
