package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.StatusReport;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * psu-acts.csv as it may really arrive. A whole-file problem fails the job with the file and line in
 * the one-line summary and in {@code status}; what was already taken stays; a corrected file put in
 * its place is read by {@code restart}. A bad row is a rejection with its line, never a failure.
 */
class BadActsFileIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String JOB = ReimbursementListJobConfiguration.JOB_NAME;

    @Autowired
    StatusReport status;

    @Test
    void truncatedFileFailsNamingTheLineKeepsWhatWasTakenAndTheCorrectedFileCompletesOnRestart() throws Exception {
        ActsFile acts = actsFile(120);
        Path file = acts.writeTo(inbox(MARCH));
        String whole = Files.readString(file);
        // Cut inside a quoted name on line 102: the quote is left open to the end of the file.
        int cut = nthLineStart(whole, 101);
        Files.writeString(file, whole.substring(0, cut) + "ACT-X;\"Иванова, обрыв");

        var failed = run(JOB, MARCH);

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("at step act-intake").contains("2026-03/psu-acts.csv, line 102")
                .contains("quote is left open").doesNotContain("обрыв").contains("restart reimbursement-list --month 2026-03");
        assertThat(status.render(Set.of(JOB), MARCH, "ru")).contains("Причина: 2026-03/psu-acts.csv, line 102");
        // The file is read in two parts: the first is read whole, the second stops at line 102.
        assertThat(count("select count(*) from act_intake where cycle_month = '2026-03'"))
                .as("chunks committed before the broken line are kept, each with its part's position")
                .isEqualTo(count("select sum(records_taken) from act_file_part where cycle_month = '2026-03'"))
                .isGreaterThanOrEqualTo(50).isLessThan(101);
        assertThat(count("select count(*) from reimbursement_record")).isZero();

        Files.writeString(file, whole);
        var resumed = runner.run(JOB, MARCH, true);

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(120);
        assertThat(count("select count(distinct act_number) from reimbursement_record")).isEqualTo(120);
    }

    @Test
    void missingColumnFailsTheJobNamingTheColumn() throws Exception {
        Path file = actsFile(3).writeTo(inbox(MARCH));
        Files.writeString(file, Files.readString(file).replaceFirst("supplier_iban", "iban"));

        var failed = run(JOB, MARCH);

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("2026-03/psu-acts.csv, line 1: required column supplier_iban missing");
    }

    @Test
    void binaryFileFailsTheJobAsNotACsvFile() throws Exception {
        Files.write(inbox(MARCH).resolve("psu-acts.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        exemptions();

        var failed = run(JOB, MARCH);

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("2026-03/psu-acts.csv, line 1: the file is binary");
    }

    @Test
    void missingFileOnThe14thFailsTheJobSayingSo() throws Exception {
        inbox(MARCH);
        var failed = run(JOB, MARCH);

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("2026-03/psu-acts.csv: the file is missing");
    }

    @Test
    void tenMegabyteFieldRejectsOnlyItsRow() throws Exception {
        ActsFile acts = actsFile(1);
        acts.add(Map.of("person_name", "Ж".repeat(10 * 1024 * 1024)));
        for (int i = 0; i < 8; i++) {
            acts.act();
        }
        acts.writeTo(inbox(MARCH));

        var outcome = run(JOB, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(9);
        Map<String, Object> rejected = jdbc.queryForMap("select line, reason_code, length(person_name) as kept from rejected_act");
        assertThat(rejected).containsEntry("line", 3).containsEntry("reason_code", "FIELD_TOO_LONG");
        assertThat((Integer) rejected.get("kept")).isLessThan(1000);
    }

    @Test
    void windows1251FileWithCommasIsTakenWithItsNames() throws Exception {
        Path file = actsFile(2).writeTo(inbox(MARCH));
        String semicolons = Files.readString(file, StandardCharsets.UTF_8);
        Files.write(file, semicolons.replace(';', ',').getBytes(java.nio.charset.Charset.forName("windows-1251")));

        var outcome = run(JOB, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("select distinct person_name from reimbursement_record", String.class))
                .containsExactly("Иванова Мария Петровна");
    }

    private ActsFile actsFile(int n) throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < n; i++) {
            acts.act();
        }
        exemptions();
        return acts;
    }

    private void exemptions() throws Exception {
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
    }

    private static int nthLineStart(String text, int n) {
        int index = 0;
        for (int i = 0; i < n; i++) {
            index = text.indexOf('\n', index) + 1;
        }
        return index;
    }
}
