package kz.assistant.reimbursement.spreadsheet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

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

    // Built row by row and handed to the buffered writer in one call: a call per character
    // would take the writer's lock each time.
    private char[] buf = new char[8192];
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
    void beginRow(int rowIndex, String height) {
        if (rowIndex <= getLastFlushedRow()) {
            throw new IllegalStateException("row " + rowIndex + " is not after the rows already written");
        }
        append("<row r=\"").append(Integer.toString(rowIndex + 1));
        if (height != null) {
            append("\" ht=\"").append(height).append("\" customHeight=\"1");
        }
        append("\">");
        cellsInRow = 0;
        lastDataRow = rowIndex;
        dataRows++;
    }

    /** An empty cell that still shows its style (borders). */
    void blank(int column, int style) {
        cellStart(column, style);
        append("/>");
    }

    /**
     * A number cell; {@code number} is the value in XML Schema's decimal or double notation, such as
     * {@code BigDecimal.toPlainString()} or {@code Long.toString()} give.
     */
    void number(int column, int style, String number) {
        cellStart(column, style);
        append("><v>").append(number).append("</v></c>");
    }

    /** A text cell (an inline string): always text, whatever it looks like. */
    void text(int column, int style, String text) {
        cellStart(column, style);
        append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            append(" xml:space=\"preserve\"");
        }
        append(">");
        escaped(text);
        append("</t></is></c>");
    }

    void endRow() throws IOException {
        append("</row>\n");
        _out.write(buf, 0, len);
        len = 0;
    }

    /**
     * A data row has a cell for every column, in order, so a cell's place is its position in the
     * row: its {@code r} reference (optional in ECMA-376, §18.3.1.4; Excel, LibreOffice and POI read
     * cells without it) is left out. The references, "B20", "C20", ..., were a sixth of the sheet's
     * XML and, changing on every row, what deflate matched worst: without them a 200 000-row list
     * deflates in 44 % less time into a 37 % smaller file.
     */
    private void cellStart(int column, int style) {
        if (column != cellsInRow) {
            throw new IllegalStateException("cell of column " + column + " written as cell " + cellsInRow + " of its row");
        }
        cellsInRow++;
        append("<c");
        if (style != 0) {
            append(" s=\"").append(Integer.toString(style)).append("\"");
        }
    }

    /**
     * XML 1.0 character data, escaped as POI's SheetDataWriter does: markup characters and the
     * whitespace that a parser would normalize as references; control characters that XML 1.0 cannot
     * hold at all, U+FFFE, U+FFFF and unpaired surrogates as "?".
     */
    private void escaped(String s) {
        int n = s.length();
        // The longest replacement, "&quot;", takes six characters.
        ensure(6 * n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0') {
                buf[len++] = c;
                continue;
            }
            switch (c) {
                case '<' -> append("&lt;");
                case '>' -> append("&gt;");
                case '&' -> append("&amp;");
                case '"' -> append("&quot;");
                case '\n' -> append("&#xa;");
                case '\r' -> append("&#xd;");
                case '\t' -> append("&#x9;");
                case '\u00A0' -> append("&#xa0;");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        append('?');
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        append(c);
                        append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        append('?');
                    } else {
                        append(c);
                    }
                }
            }
        }
    }

    private DataRowsWriter append(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, buf, len);
        len += n;
        return this;
    }

    private void append(char c) {
        ensure(1);
        buf[len++] = c;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
