package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/**
 * {@code scripts/reimbursement due} answers from the calendar in the database: a year's calendar
 * imported by the officer reaches cron's schedule with nothing else to set (issue 14, point 9).
 */
@ExtendWith(OutputCaptureExtension.class)
class DueFromTheImportedCalendarIntegrationTests extends IntegrationTest {

    @Autowired
    DueCommand due;

    @TempDir
    Path reference;

    @Test
    void aHolidayOfAnImportedCalendarIsNotDueAndItsWorkingSaturdayIs(CapturedOutput output) throws Exception {
        FileSystemUtils.copyRecursively(REFERENCE, reference);
        // 4 January 2027 is a Monday, 9 January 2027 a Saturday.
        Files.writeString(reference.resolve("calendar.csv"), "2027-01-04;holiday\n2027-01-09;workday\n", StandardOpenOption.APPEND);
        referenceImporter.importFolder(reference);

        ExitCode holiday = due.answer("payment-orders", LocalDate.of(2027, 1, 4));
        ExitCode saturday = due.answer("payment-orders", LocalDate.of(2027, 1, 9));

        assertThat(holiday).isEqualTo(ExitCode.NOT_DUE);
        assertThat(saturday).isEqualTo(ExitCode.COMPLETED);
        // In the default language (Russian); the months are what scripts/reimbursement-cron reads.
        assertThat(output.getOut()).containsPattern("(?m)^payment-orders: .*2027-01-04.*$")
                .containsPattern("(?m)^payment-orders: .*2027-01-09.* 2026-12$");
    }
}
