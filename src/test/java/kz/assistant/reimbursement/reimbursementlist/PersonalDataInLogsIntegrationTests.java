package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * п.24: IINs, names and bank details never appear in logs, whatever the level, and the files the
 * cycle writes are readable by their owner only. The sample cycle (300 acts, 15 bad rows) is run
 * with our loggers and Spring Batch's at DEBUG, and everything printed is searched for every IIN,
 * IBAN and full name of the acts file.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");
    private static final List<String> DEBUG_LOGGERS = List.of("kz.assistant", "org.springframework.batch");

    @Autowired
    LoggingSystem loggingSystem;

    @AfterEach
    void quietAgain() {
        DEBUG_LOGGERS.forEach(name -> loggingSystem.setLogLevel(name, null));
    }

    @Test
    void sampleCycleLogsNoIinIbanOrNameAndWritesOwnerOnlyFiles(CapturedOutput output) throws Exception {
        Path inbox = inbox(MARCH);
        for (String file : List.of("psu-acts.csv", "oop-exemptions.csv")) {
            Files.copy(SAMPLE.resolve(file), inbox.resolve(file));
        }
        DEBUG_LOGGERS.forEach(name -> loggingSystem.setLogLevel(name, LogLevel.DEBUG));

        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        String logged = output.getAll();
        assertThat(logged).as("DEBUG output was captured").contains("DEBUG");
        Set<String> personalData = personalDataOf(SAMPLE.resolve("psu-acts.csv"));
        assertThat(personalData).hasSizeGreaterThan(600);
        List<String> leaked = personalData.stream().filter(logged::contains).toList();
        assertThat(leaked).as("personal data found in the log").isEmpty();

        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox(MARCH))) {
            files = listed.toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
    }

    /** Every IIN and BIN (12 digits), IBAN and full name (two words or more) of the acts file. */
    private static Set<String> personalDataOf(Path acts) throws Exception {
        List<String> lines = Files.readAllLines(acts, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(";", -1));
        List<Integer> columns = new ArrayList<>();
        for (String column : List.of("person_iin", "assistant_iin", "supplier_id", "supplier_iban", "person_name", "assistant_name")) {
            columns.add(header.indexOf(column));
        }
        Set<String> values = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            for (int column : columns) {
                if (column < fields.length) {
                    String value = fields[column].replace("\"", "").strip();
                    if (value.matches("\\d{12}") || value.matches("KZ[0-9A-Z]{18}") || value.split("\\s+").length >= 2) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }
}
