package kz.assistant.reimbursement.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CSV files this system writes for the other systems (cbd-records.csv, psu-notifications.csv,
 * rejected-acts.csv …): {@code ;}-separated UTF-8 with a header, quoted only where a value needs it,
 * amounts with {@code .} and two decimals, written whole or not at all ({@link AtomicFile}).
 *
 * <p>The quoting is opencsv's {@code CSVWriter} with separator {@code ;}, quote and escape {@code "},
 * line end {@code \n} and no quotes applied to all, which wrote these files before: a value is
 * quoted when it holds {@code "}, {@code ;}, {@code \n} or {@code \r}, and a {@code "} inside is
 * doubled. It is written here directly, a value at a time, where opencsv built a string per row and
 * copied it again. (cbd-records.csv and psu-notifications.csv come from PostgreSQL's COPY, which
 * quotes the same way: see {@code CbdFilesTasklet}.)
 *
 * <p>A file for people ({@link #writeForPeople}: rejected acts, exception lists), which an officer
 * opens in a spreadsheet by double-clicking it, starts with a UTF-8 byte order mark, without which
 * Excel reads the Cyrillic as Windows-1251; and a value that a spreadsheet would take for a formula
 * (first character {@code = + - @}, tab or carriage return, other than a number) is written after a
 * single quote, as OWASP's CSV-injection advice has it. A file for a system keeps its contract
 * byte for byte (docs/decisions.md, "CSV files for people and for systems").
 */
public final class CsvOutputFile implements AutoCloseable {

    private static final char SEPARATOR = ';';
    private static final char QUOTE = '"';
    private static final int BUFFER_CHARS = 1 << 16;

    /** Receives the rows of the file, one call per row. */
    public interface Rows {
        void row(Object... values);
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // A number as a person would type it: a leading sign does not make it a formula.
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private final AtomicFile.Pending pending;
    private final Writer out;
    private final boolean forPeople;
    private long rows;

    private CsvOutputFile(Path target, List<String> header, boolean forPeople) throws IOException {
        this.pending = AtomicFile.begin(target);
        this.forPeople = forPeople;
        boolean started = false;
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8), BUFFER_CHARS);
            if (forPeople) {
                out.write(BYTE_ORDER_MARK);
            }
            writeRow(header.toArray());
            started = true;
        } finally {
            if (!started) {
                pending.close();
            }
        }
    }

    /** Writes {@code target} whole from {@code body}; returns the number of rows (the header not counted). */
    public static long write(Path target, List<String> header, AtomicFile.IOConsumer<Rows> body) throws IOException {
        return write(target, header, body, false);
    }

    /** As {@link #write}, for a file people open in a spreadsheet: byte order mark, no formulas. */
    public static long writeForPeople(Path target, List<String> header, AtomicFile.IOConsumer<Rows> body) throws IOException {
        return write(target, header, body, true);
    }

    private static long write(Path target, List<String> header, AtomicFile.IOConsumer<Rows> body, boolean forPeople)
            throws IOException {
        try (CsvOutputFile file = new CsvOutputFile(target, header, forPeople)) {
            body.accept(file::row);
            return file.commit();
        }
    }

    /** One row; a value is written as its {@code toString()}, an amount in plain notation, null as empty. */
    private void row(Object... values) {
        try {
            writeRow(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pending.tempPath().getFileName(), e);
        }
        rows++;
    }

    /** Flushes, syncs and renames the file over the target; returns the number of rows written. */
    private long commit() throws IOException {
        out.flush();
        pending.commit();
        return rows;
    }

    @Override
    public void close() throws IOException {
        pending.close();
    }

    private void writeRow(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            String text = text(values[i]);
            writeValue(forPeople ? neutralised(text) : text);
        }
        out.write('\n');
    }

    private void writeValue(String value) throws IOException {
        int length = value.length();
        int special = -1;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == QUOTE || c == SEPARATOR || c == '\n' || c == '\r') {
                special = i;
                break;
            }
        }
        if (special < 0) {
            out.write(value, 0, length);
            return;
        }
        out.write(QUOTE);
        out.write(value, 0, special);
        for (int i = special; i < length; i++) {
            char c = value.charAt(i);
            if (c == QUOTE) {
                out.write(QUOTE);
            }
            out.write(c);
        }
        out.write(QUOTE);
    }

    /** OWASP: a value a spreadsheet would evaluate is kept as text by a leading single quote. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(value).matches() ? "'" + value : value;
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
