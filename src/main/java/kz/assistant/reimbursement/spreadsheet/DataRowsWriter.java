package kz.assistant.reimbursement.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The {@code <sheetData>} temp file of one SXSSF sheet, with a second way in: data rows written
 * straight as XML ({@link #beginRow}, {@link #text}, ..., {@link #endRow}), without POI's row and cell
 * objects or its per-character escaping, which made up most of the time of a list of a few hundred
 * thousand rows. This is POI's own "BigGridDemo" technique applied only to the data rows: the title,
 * headings and footer still go through SXSSF rows, and the sheet's setup (widths, merges, print
 * setup) through its XSSF template.
 *
 * <p>The rows written here must follow every row SXSSF has flushed and precede every row it creates
 * later: flush the sheet before the first data row ({@code SXSSFSheet.flushRows()}); SXSSF then
 * refuses rows at or above the last data row through {@link #getLastFlushedRow()}.
 */
final class DataRowsWriter extends SheetDataWriter {

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] HEIGHT = ascii("\" ht=\"");
    private static final byte[] CUSTOM_HEIGHT = ascii("\" customHeight=\"1");
    private static final byte[] ROW_OPENED = ascii("\">");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_START = ascii("<c");
    private static final byte[] STYLE = ascii(" s=\"");
    private static final byte[] BLANK_END = ascii("/>");
    private static final byte[] NUMBER_START = ascii("><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] LF = ascii("&#xa;");
    private static final byte[] CR = ascii("&#xd;");
    private static final byte[] TAB = ascii("&#x9;");
    private static final byte[] NBSP = ascii("&#xa0;");

    // The sheet file's stream under POI's Writer. Set from decorateOutputStream, which the super
    // constructor calls: no initializer, which would run after it and clear the field.
    private OutputStream bytes;
    // POI wrote rows through its Writer (headings, footer) since the last data row: those
    // characters must reach the file before the next data row's bytes do.
    private boolean writerInUse;
    // A row is built here and written in one call.
    private byte[] buf = new byte[8192];
    private int len;
    private int lastDataRow = -1;
    private int dataRows;
    private int cellsInRow;

    DataRowsWriter() throws IOException {
        super();
    }

    /**
     * Uncompressed, unlike POI's compressed temp files: it is written once and read once, into the
     * xlsx, which deflates it anyway, and deflating it twice took a third of the time of writing a
     * list. Readable by its owner only, like the files the program writes ({@code AtomicFile}); it
     * lives only until the form is closed.
     */
    @Override
    @SuppressWarnings("deprecation")
    public File createTempFile() throws IOException {
        return Files.createTempFile("form-sheet", ".xml").toFile();
    }

    /** Data rows go to the file as bytes, POI's rows through its Writer: both into this one stream. */
    @Override
    protected OutputStream decorateOutputStream(FileOutputStream fos) {
        bytes = new BufferedOutputStream(fos, 1 << 16);
        return bytes;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        super.writeRow(rownum, row);
        writerInUse = true;
    }

    @Override
    public int getLastFlushedRow() {
        return Math.max(super.getLastFlushedRow(), lastDataRow);
    }

    @Override
    public int getNumberOfFlushedRows() {
        return super.getNumberOfFlushedRows() + dataRows;
    }

    /**
     * Starts the data row {@code rowIndex} (0-based); {@code height} is its height in points as
     * {@code ht} writes it, or {@code null} for the default height.
     */
    void beginRow(int rowIndex, String height) throws IOException {
        if (rowIndex <= getLastFlushedRow()) {
            throw new IllegalStateException("row " + rowIndex + " is not after the rows already written");
        }
        if (writerInUse) {
            _out.flush();
            writerInUse = false;
        }
        append(ROW_START);
        appendAscii(Integer.toString(rowIndex + 1));
        if (height != null) {
            append(HEIGHT);
            appendAscii(height);
            append(CUSTOM_HEIGHT);
        }
        append(ROW_OPENED);
        cellsInRow = 0;
        lastDataRow = rowIndex;
        dataRows++;
    }

    /** An empty cell that still shows its style (borders). */
    void blank(int column, int style) {
        cellStart(column, style);
        append(BLANK_END);
    }

    /**
     * A number cell; {@code number} is the value in XML Schema's decimal or double notation, such as
     * {@code BigDecimal.toPlainString()} or {@code Long.toString()} give.
     */
    void number(int column, int style, String number) {
        cellStart(column, style);
        append(NUMBER_START);
        appendAscii(number);
        append(NUMBER_END);
    }

    /** A text cell (an inline string): always text, whatever it looks like. */
    void text(int column, int style, String text) {
        boolean preserve = !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        textStart(column, style, preserve);
        // Encoding replaces an unpaired surrogate with "?", as the escaping would.
        escaped(text.getBytes(StandardCharsets.UTF_8));
        append(TEXT_END);
    }

    /** The same cell from text already in UTF-8: the same bytes in the file as for its String. */
    void text(int column, int style, Utf8Text text) {
        byte[] utf8 = text.bytes();
        boolean preserve = utf8.length > 0 && (Character.isWhitespace(firstCodePoint(utf8)) || Character.isWhitespace(lastCodePoint(utf8)));
        textStart(column, style, preserve);
        escaped(utf8);
        append(TEXT_END);
    }

    void endRow() throws IOException {
        append(ROW_END);
        bytes.write(buf, 0, len);
        len = 0;
    }

    /**
     * A data row has a cell for every column, in order, so a cell's place is its position in the
     * row: its {@code r} reference (optional in ECMA-376, §18.3.1.4; Excel, LibreOffice and POI read
     * cells without it) is left out. The references, "B20", "C20", ..., were a sixth of the sheet's
     * XML and, changing on every row, what deflate matched worst: without them a list deflates in
     * much less time into a much smaller file (docs/performance.md).
     */
    private void cellStart(int column, int style) {
        if (column != cellsInRow) {
            throw new IllegalStateException("cell of column " + column + " written as cell " + cellsInRow + " of its row");
        }
        cellsInRow++;
        append(CELL_START);
        if (style != 0) {
            append(STYLE);
            appendAscii(Integer.toString(style));
            append((byte) '"');
        }
    }

    private void textStart(int column, int style, boolean preserve) {
        cellStart(column, style);
        append(TEXT_START);
        if (preserve) {
            append(PRESERVE);
        }
        append((byte) '>');
    }

    /**
     * XML 1.0 character data, escaped as POI's SheetDataWriter does: markup characters and the
     * whitespace that a parser would normalize as references; control characters that XML 1.0
     * cannot hold at all, U+FFFE and U+FFFF as "?". Well-formed UTF-8 in and out: every multi-byte
     * sequence is copied as it is but those of U+00A0, U+FFFE and U+FFFF.
     */
    private void escaped(byte[] s) {
        int n = s.length;
        ensure(6 * n);
        for (int i = 0; i < n; i++) {
            byte b = s[i];
            if (b >= 0x20) {
                switch (b) {
                    case '<' -> append(LT);
                    case '>' -> append(GT);
                    case '&' -> append(AMP);
                    case '"' -> append(QUOT);
                    default -> buf[len++] = b;
                }
            } else if (b >= 0) {
                control((char) b);
            } else if (b == (byte) 0xC2 && i + 1 < n && s[i + 1] == (byte) 0xA0) {
                append(NBSP);
                i++;
            } else if (b == (byte) 0xEF && i + 2 < n && s[i + 1] == (byte) 0xBF && (s[i + 2] == (byte) 0xBE || s[i + 2] == (byte) 0xBF)) {
                // U+FFFE, U+FFFF
                buf[len++] = '?';
                i += 2;
            } else {
                buf[len++] = b;
            }
        }
    }

    private void control(char c) {
        switch (c) {
            case '\n' -> append(LF);
            case '\r' -> append(CR);
            case '\t' -> append(TAB);
            default -> buf[len++] = '?';
        }
    }

    private static int firstCodePoint(byte[] utf8) {
        return utf8[0] >= 0 ? utf8[0] : new String(utf8, 0, Math.min(4, utf8.length), StandardCharsets.UTF_8).codePointAt(0);
    }

    private static int lastCodePoint(byte[] utf8) {
        int end = utf8.length;
        if (utf8[end - 1] >= 0) {
            return utf8[end - 1];
        }
        int start = end - 1;
        while (start > 0 && (utf8[start] & 0xC0) == 0x80) {
            start--;
        }
        String last = new String(utf8, start, end - start, StandardCharsets.UTF_8);
        return last.codePointBefore(last.length());
    }

    private void append(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, buf, len, ascii.length);
        len += ascii.length;
    }

    private void append(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void appendAscii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) ascii.charAt(i);
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
