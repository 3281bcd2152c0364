package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** п.25: a completed month's list does not change; a changed psu-acts.csv is refused and says what differs. */
class ChangedRedeliveryIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void aChangedActsFileForACompletedMonthIsRefusedWithTheDayProcessedTheActsThatDifferAndBothHashes() throws Exception {
        ActsFile processed = new ActsFile();
        processed.act();
        processed.act();
        processed.act();
        processed.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertThat(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        String processedSha = jdbc.queryForObject("select sha256 from act_file where cycle_month = '2026-03'", String.class);
        String processedOn = jdbc.queryForObject("select (updated_at at time zone 'Asia/Almaty')::date::text from act_file", String.class);
        ActsFile changed = new ActsFile();
        changed.act();
        changed.act().put("hours", "63.5");   // line 3 changed
        changed.act();
        changed.act();                        // line 5 added
        changed.writeTo(inbox(MARCH));

        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.ALREADY_COMPLETED);
        assertThat(outcome.message()).contains("Файл psu-acts.csv отличается от файла, обработанного " + processedOn
                + ": актов с другим содержанием — 2").contains("исправления направляются файлом следующего месяца (2026-04)");
        Map<String, Object> audit = jdbc.queryForMap("select action, outcome from run_audit order by id desc limit 1");
        assertThat(audit.get("action")).isEqualTo("refused");
        assertThat((String) audit.get("outcome")).contains("processed sha256 " + processedSha).containsPattern("delivered sha256 [0-9a-f]{64}")
                .doesNotContain("delivered sha256 " + processedSha);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(3);
    }

    @Test
    void theSameActsFileDeliveredAgainIsRefusedAsBeforeWithoutANote() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.ALREADY_COMPLETED);
        assertThat(outcome.message()).doesNotContain("отличается");
    }
}
