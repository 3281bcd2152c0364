package kz.assistant.reimbursement.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileForPeopleStartsWithAByteOrderMarkAndKeepsWhatLooksLikeAFormulaAsText() throws IOException {
        Path target = dir.resolve("rejected-acts.csv");

        CsvOutputFile.writeForPeople(target, List.of("supplier_name", "reason", "amount"), out -> {
            out.row("+cmd|' /C calc'!A0", "=1+1", new BigDecimal("-12.50"));
            out.row("@SUM(A1)", "-x", "+77012345678");
            out.row("Ахметова Айгуль", "\tTAB", "-5");
        });

        byte[] bytes = Files.readAllBytes(target);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("supplier_name;reason;amount\n"
                + "'+cmd|' /C calc'!A0;'=1+1;-12.50\n"
                + "'@SUM(A1);'-x;+77012345678\n"
                + "Ахметова Айгуль;'\tTAB;-5\n");
    }

    @Test
    void aFileForSystemsKeepsItsContractByteForByte() throws IOException {
        Path target = dir.resolve("psu-notifications.csv");

        CsvOutputFile.write(target, List.of("a"), out -> out.row("=1+1"));

        assertThat(Files.readString(target)).isEqualTo("a\n=1+1\n");
    }

    @Test
    void quotesOnlyWhereAValueNeedsItAndDoublesQuotes() throws IOException {
        Path target = dir.resolve("out.csv");

        long rows = CsvOutputFile.write(target, List.of("a", "b", "c", "d"), out -> {
            out.row("ЧУ \"Шапағат\"", "x;y", null, new BigDecimal("1E+3"));
            out.row("line\nbreak", "cr\r", "plain", 7);
        });

        assertThat(rows).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("a;b;c;d\n"
                + "\"ЧУ \"\"Шапағат\"\"\";\"x;y\";;1000\n"
                + "\"line\nbreak\";\"cr\r\";plain;7\n");
    }

    /** The files were written with opencsv before; the systems that read them must see the same bytes. */
    @Test
    void writesTheSameBytesAsOpencsvDid() throws IOException {
        Random random = new Random(14);
        String alphabet = "aZ09 ;\"\n\r,'\\\tКазақ-№.";
        List<String[]> lines = new ArrayList<>();
        for (int r = 0; r < 2_000; r++) {
            String[] cells = new String[1 + random.nextInt(6)];
            for (int i = 0; i < cells.length; i++) {
                StringBuilder cell = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) {
                    cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                cells[i] = cell.toString();
            }
            lines.add(cells);
        }
        StringWriter expected = new StringWriter();
        ICSVWriter opencsv = new CSVWriter(expected, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        opencsv.writeNext(new String[] {"h1", "h;2"}, false);
        lines.forEach(cells -> opencsv.writeNext(cells, false));
        opencsv.flush();
        Path target = dir.resolve("fuzz.csv");

        CsvOutputFile.write(target, List.of("h1", "h;2"), out -> lines.forEach(cells -> out.row((Object[]) cells)));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aFileNotCommittedIsNotThere() throws IOException {
        Path target = dir.resolve("out.csv");

        assertThatThrownBy(() -> CsvOutputFile.write(target, List.of("a"), out -> {
            out.row("1");
            throw new IOException("query failed");
        })).hasMessage("query failed");
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }
}
