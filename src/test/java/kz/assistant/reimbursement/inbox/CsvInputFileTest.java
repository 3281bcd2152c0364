package kz.assistant.reimbursement.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files as they really arrive at the akimat: each problem is named with the file and the line. */
class CsvInputFileTest {

    private static final List<String> REQUIRED = List.of("act_number", "person_name", "hours");

    @TempDir
    Path inbox;

    @Test
    void emptyFileIsRefusedAsHavingNoHeader() throws IOException {
        Path file = write(new byte[0]);

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 1").hasMessageContaining("empty");
    }

    @Test
    void fileWithOnlyAByteOrderMarkIsEmptyToo() throws IOException {
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED)).hasMessageContaining("empty");
    }

    @Test
    void binaryFileIsRefusedByTheNulByteOfItsFirstLine() throws IOException {
        Path file = write(new byte[] {'P', 'K', 3, 4, 0, 0, '\n', 0, 1, 2});

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 1").hasMessageContaining("binary");
    }

    @Test
    void nulByteInOneRowMarksThatRowWithItsColumnAndTheFileReadsOn() throws IOException {
        Path file = write("act_number;person_name;hours\nA-1;Иванова;8\nA-2;Ива\0нова;8\nA-3;Петрова;8\n");

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            assertThat(in.next().columnWithNul()).isNull();
            CsvRecord damaged = in.next();
            assertThat(damaged.line()).isEqualTo(3);
            assertThat(damaged.columnWithNul()).isEqualTo("person_name");
            assertThat(damaged.get("person_name")).doesNotContain("\0");
            CsvRecord third = in.next();
            assertThat(third.get("act_number")).isEqualTo("A-3");
            assertThat(third.columnWithNul()).isNull();
        }
    }

    @Test
    void tabDelimitedFileIsRefusedSayingTheDelimiterIsNotSupported() throws IOException {
        Path file = write("act_number\tperson_name\thours\nA-1\tИванова\t8\n");

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 1").hasMessageContaining("tabs").hasMessageContaining("not supported")
                .hasMessageNotContaining("Иванова");
    }

    @Test
    void fiftyMegabyteSingleLineIsTooLongNotAnOpenQuote() throws IOException {
        StringBuilder line = new StringBuilder(50 * 1024 * 1024 + 100);
        line.append("act_number;person_name;hours\r");
        while (line.length() < 50 * 1024 * 1024) {
            line.append("A-1;Иванова;8\r");
        }
        Path file = write(line.toString());

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 1").hasMessageContaining("line is too long")
                .hasMessageNotContaining("quote").hasMessageNotContaining("Иванова");
    }

    @Test
    void missingRequiredColumnIsNamed() throws IOException {
        Path file = write("act_number;person_name;hourz\nA-1;Иванова;8\n");

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 1")
                .hasMessageContaining("required column hours missing");
    }

    @Test
    void quoteLeftOpenAtTheEndIsReportedWithTheLineWhereTheRecordStarts() throws IOException {
        StringBuilder csv = new StringBuilder("act_number;person_name;hours\n");
        for (int i = 1; i <= 5; i++) {
            csv.append("A-").append(i).append(";Иванова;8\n");
        }
        csv.append("A-6;\"Петров, truncated here");
        Path file = write(csv.toString());

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            for (int i = 0; i < 5; i++) {
                assertThat(in.next().get("act_number")).isEqualTo("A-" + (i + 1));
            }
            assertThatThrownBy(in::next)
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("psu-acts.csv, line 7")
                    .hasMessageContaining("quote is left open")
                    .hasMessageNotContaining("Петров");
        }
    }

    @Test
    void tenMegabyteFieldIsReadAsOneRecordWithoutStoppingTheFile() throws IOException {
        String huge = "Я".repeat(5 * 1024 * 1024);
        Path file = write("act_number;person_name;hours\nA-1;" + huge + ";8\nA-2;Иванова;8\n");

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            CsvRecord first = in.next();
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.get("person_name")).hasSize(huge.length());
            CsvRecord second = in.next();
            assertThat(second.line()).isEqualTo(3);
            assertThat(second.get("person_name")).isEqualTo("Иванова");
            assertThat(in.next()).isNull();
        }
    }

    @Test
    void utf8AndWindows1251InOneFileAreRefusedNamingTheLineThatBreaks() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("act_number;person_name;hours\nA-1;Иванова;8\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("A-2;Петров;8\n".getBytes(EncodingDetector.WINDOWS_1251));
        Path file = write(bytes.toByteArray());

        assertThatThrownBy(() -> CsvInputFile.open(file, REQUIRED))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("psu-acts.csv, line 3")
                .hasMessageContaining("mixes encodings");
    }

    @Test
    void windows1251WithCommasIsReadWithItsCyrillicNames() throws IOException {
        Path file = write("act_number,person_name,hours\nA-1,\"Иванова, Мария\",\"8,5\"\n".getBytes(EncodingDetector.WINDOWS_1251));

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            CsvRecord act = in.next();
            assertThat(act.get("person_name")).isEqualTo("Иванова, Мария");
            assertThat(act.get("hours")).isEqualTo("8,5");
        }
    }

    @Test
    void utf8WithoutByteOrderMarkIsRead() throws IOException {
        Path file = write("act_number;person_name;hours\nA-1;Әсел Жұмабаева;8\n");

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            assertThat(in.next().get("person_name")).isEqualTo("Әсел Жұмабаева");
        }
    }

    @Test
    void utf8WithByteOrderMarkKeepsTheFirstColumnName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("act_number;person_name;hours\r\nA-1;Иванова;8\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = write(bytes.toByteArray());

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            CsvRecord act = in.next();
            assertThat(act.get("act_number")).isEqualTo("A-1");
            assertThat(act.get("hours")).isEqualTo("8");
        }
    }

    @Test
    void recordsKeepTheirPhysicalLineAcrossQuotedLineBreaks() throws IOException {
        Path file = write("act_number;person_name;hours\nA-1;\"two\nlines\";8\n\nA-2;Иванова;8\n");
        List<Long> lines = new ArrayList<>();

        try (CsvInputFile in = CsvInputFile.open(file, REQUIRED)) {
            for (CsvRecord r = in.next(); r != null; r = in.next()) {
                lines.add(r.line());
            }
        }

        assertThat(lines).containsExactly(2L, 5L);
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("2026-03"));
        return Files.write(dir.resolve("psu-acts.csv"), bytes);
    }
}
