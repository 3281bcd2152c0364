package kz.assistant.reimbursement.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * The CSV files this system writes for the other systems (cbd-records.csv, psu-notifications.csv,
 * rejected-acts.csv …): {@code ;}-separated UTF-8 with a header, quoted only where a value needs it,
 * amounts with {@code .} and two decimals, written whole or not at all ({@link AtomicFile}).
 */
public final class CsvOutputFile {

    /** Receives the rows of the file, one call per row. */
    public interface Rows {
        void row(Object... values);
    }

    private CsvOutputFile() {
    }

    public static long write(Path target, List<String> header, AtomicFile.IOConsumer<Rows> body) throws IOException {
        long[] rows = {0};
        AtomicFile.writeText(target, StandardCharsets.UTF_8, writer -> {
            ICSVWriter csv = new CSVWriter(writer, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
            csv.writeNext(header.toArray(String[]::new), false);
            body.accept(values -> {
                String[] cells = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    cells[i] = text(values[i]);
                }
                csv.writeNext(cells, false);
                rows[0]++;
            });
            csv.flush();
        });
        return rows[0];
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }
}
