package kz.assistant.reimbursement.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in parts gives the records of the file read whole: same lines, same values, once each. */
class RecordBoundariesTest {

    private static final List<String> REQUIRED = List.of("act_number", "person_name", "hours");

    @TempDir
    Path inbox;

    @Test
    void partsStartAtRecordsEvenWhenAQuotedValueSpansLines() throws IOException {
        StringBuilder csv = new StringBuilder("act_number;person_name;hours\n");
        for (int i = 1; i <= 400; i++) {
            // every third name holds a newline and a ; inside quotes, every seventh an escaped quote
            String name = i % 3 == 0 ? "\"Иванова\nАйгуль; " + i + "\"" : i % 7 == 0 ? "\"Ким \"\"Лена\"\"\"" : "Петров " + i;
            csv.append("A-").append(i).append(';').append(name).append(';').append(i % 9 + 1).append(".5\r\n");
            if (i % 50 == 0) {
                csv.append("\n");   // a blank line now and then
            }
        }
        Path file = write(csv.toString().getBytes(StandardCharsets.UTF_8));

        for (int parts = 1; parts <= 7; parts++) {
            List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 0, parts, 1);

            assertThat(ranges).hasSize(parts);
            assertThat(ranges.get(ranges.size() - 1).to()).isEqualTo(Files.size(file));
            for (int i = 1; i < ranges.size(); i++) {
                assertThat(ranges.get(i).from()).isEqualTo(ranges.get(i - 1).to());
            }
            assertThat(readInParts(file, StandardCharsets.UTF_8, ranges)).isEqualTo(readWhole(file));
        }
    }

    @Test
    void windows1251FileWithCommasIsCutTheSameWay() throws IOException {
        Charset cp1251 = EncodingDetector.WINDOWS_1251;
        StringBuilder csv = new StringBuilder("hours,act_number,person_name\n");
        for (int i = 1; i <= 120; i++) {
            csv.append(i % 8 + 1).append(",A-").append(i).append(",\"Сейтказиева, Жанар ").append(i).append("\"\n");
        }
        Path file = write(csv.toString().getBytes(cp1251));

        List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 0, 3, 1);

        assertThat(ranges).hasSize(3);
        assertThat(readInParts(file, cp1251, ranges)).isEqualTo(readWhole(file));
    }

    @Test
    void utf8FileWithAByteOrderMarkKeepsItsHeaderOutOfEveryPart() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("act_number;person_name;hours\nA-1;Иванова;8\nA-2;Ким;4\nA-3;Ли;2\n".getBytes(StandardCharsets.UTF_8));
        Path file = write(bytes.toByteArray());

        List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 3, 2, 1);

        assertThat(ranges).hasSize(2);
        assertThat(ranges.get(0).firstLine()).isEqualTo(2);
        assertThat(readInParts(file, StandardCharsets.UTF_8, ranges)).isEqualTo(readWhole(file));
    }

    @Test
    void smallFileStaysOnePartAndAHeaderOnlyFileHasNone() throws IOException {
        Path file = write("act_number;person_name;hours\nA-1;Иванова;8\nA-2;Ким;4\n".getBytes(StandardCharsets.UTF_8));
        Path headerOnly = inbox.resolve("header-only.csv");
        Files.writeString(headerOnly, "act_number;person_name;hours\n");

        assertThat(RecordBoundaries.split(file, 0, 4, 1 << 20)).containsExactly(new RecordBoundaries.Range(29, Files.size(file), 2));
        assertThat(RecordBoundaries.split(headerOnly, 0, 4, 1)).isEmpty();
    }

    @Test
    void aQuoteLeftOpenGivesOnePartFromItsLineOnAndTheSameErrorLine() throws IOException {
        StringBuilder csv = new StringBuilder("act_number;person_name;hours\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("A-").append(i).append(';').append(i == 5 ? "\"Иванова, обрыв" : "Петров").append(";8\n");
        }
        Path file = write(csv.toString().getBytes(StandardCharsets.UTF_8));

        List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 0, 4, 1);

        assertThat(ranges).hasSize(1);
        assertThatThrownBy(() -> readInParts(file, StandardCharsets.UTF_8, ranges))
                .isInstanceOf(InputFileException.class).hasMessageContaining("psu-acts.csv, line 6");
        assertThatThrownBy(() -> readWhole(file)).hasMessageContaining("psu-acts.csv, line 6");
    }

    private Path write(byte[] content) throws IOException {
        Path file = inbox.resolve("psu-acts.csv");
        Files.write(file, content);
        return file;
    }

    private static List<String> readWhole(Path file) throws IOException {
        try (CsvInputFile csv = CsvInputFile.open(file, REQUIRED)) {
            return drain(csv);
        }
    }

    private static List<String> readInParts(Path file, Charset charset, List<RecordBoundaries.Range> ranges) throws IOException {
        List<String> records = new ArrayList<>();
        for (RecordBoundaries.Range range : ranges) {
            try (CsvInputFile csv = CsvInputFile.openPart(file, REQUIRED, charset, "sha", range)) {
                records.addAll(drain(csv));
            }
        }
        return records;
    }

    private static List<String> drain(CsvInputFile csv) {
        List<String> records = new ArrayList<>();
        CsvRecord record;
        while ((record = csv.next()) != null) {
            records.add(record.line() + ":" + record.get("act_number") + "|" + record.get("person_name") + "|"
                    + record.get("hours") + "|" + Arrays.toString(record.values()));
        }
        return records;
    }
}
