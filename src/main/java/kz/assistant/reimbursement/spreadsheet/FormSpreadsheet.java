package kz.assistant.reimbursement.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.assistant.reimbursement.files.AtomicFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Streams an appendix-style form (title, key lines, column headings, the numbered column row, data
 * rows, totals, sum in words, signatures) into an {@code .xlsx} that accountants print and sign.
 *
 * <p>Order of calls: {@link #create}, then optionally {@link #maxRowsPerSheet}, {@link #title},
 * {@link #headerLines}; then {@link #columns}; then any number of {@link #row}; then optionally
 * {@link #totals}, {@link #textLine}, {@link #signatures}; then {@link #finish()}; {@link #close()}
 * always. A call out of this order throws {@link IllegalStateException}.
 *
 * <p>The file appears at the target only on {@link #finish()}. {@code close()} without a successful
 * {@code finish()} discards everything: try-with-resources calls {@code close()} before an exception
 * from the block propagates and {@code close()} cannot see that exception, so publishing on close
 * would publish a half-filled form.
 *
 * <pre>{@code
 * try (FormSpreadsheet form = FormSpreadsheet.create(outbox.resolve("reimbursement-list_" + bin + ".xlsx"), "Приложение 1")) {
 *     form.title("Список получателей ...", "(Приложение 1)")
 *         .headerLines("Подразделение: " + mioName, "Месяц на выплату: " + month)
 *         .columns(columns);
 *     for (Act a : acts) form.row(n++, a.oblast(), ..., a.amount());
 *     form.totals("ИТОГО", Map.of(17, total)).textLine("Сумма прописью: " + words).signatures("Руководитель ____________", "М.П.");
 *     form.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class FormSpreadsheet implements AutoCloseable {

    public static final int DEFAULT_MAX_ROWS_PER_SHEET = 1_000_000;

    private static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int EXCEL_MAX_SHEET_NAME = 31;
    private static final int EXCEL_MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // Rows kept in memory before SXSSF flushes them to its temp file; only the heading and footer
    // rows go through SXSSF rows (data rows are written as XML, see DataRowsWriter), and their
    // heights are set while they are in the window.
    private static final int WINDOW = 200;
    // Excel keeps and shows 15 significant digits: with two decimals an amount is exact to the
    // tiyn only below 10^13 (a double alone would allow about 9*10^13).
    private static final BigDecimal MAX_EXACT_MONEY = new BigDecimal("1e13");
    private static final BigDecimal MAX_EXACT_INTEGER = new BigDecimal(2).pow(53);

    private static final String FONT = "Times New Roman";
    private static final short BODY_POINTS = 10;
    private static final short TITLE_POINTS = 12;
    private static final float BODY_LINE_POINTS = 12.75f;
    private static final float TITLE_LINE_POINTS = 15.5f;
    // The ht attribute of a data row of so many lines, made once.
    private static final String[] ROW_HEIGHTS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(lines -> Float.toString(lines * BODY_LINE_POINTS + 2)).toArray(String[]::new);
    // Column widths are in widths of the digit 0; in Times a Cyrillic letter averages about one
    // digit (checked by rendering in LibreOffice with Liberation Serif, metric twin of Times), bold a
    // little more.
    private static final double LETTER_WIDTH = 1.0;
    private static final double BOLD_LETTER_WIDTH = 1.1;

    private static final String MONEY_FORMAT = "#,##0.00";
    private static final String INTEGER_FORMAT = "#,##0";
    private static final String DATE_FORMAT = "dd.mm.yyyy";
    private static final String TEXT_FORMAT = "@";

    private enum State { SETUP, TABLE, FOOTER, FINISHED, CLOSED }

    private final Path target;
    private final String sheetName;
    private final StreamingWorkbook workbook;
    private final Styles styles;

    private int maxRowsPerSheet = DEFAULT_MAX_ROWS_PER_SHEET;
    private List<String> titleLines = List.of();
    private List<String> headerLines = List.of();
    private List<FormColumn> columns;
    private int[] widths;
    private int tableWidthChars;

    private State state = State.SETUP;
    private SXSSFSheet sheet;
    private DataRowsWriter sheetRows;
    private int[] dataStyles;
    private int quotedTextStyle;
    private final List<Integer> lastRowBySheet = new java.util.ArrayList<>();
    private int sheetCount;
    private int nextRow;
    private int dataRowsOnSheet;
    private long dataRows;

    private FormSpreadsheet(Path target, String sheetName) {
        this.target = Objects.requireNonNull(target, "target");
        this.sheetName = safeSheetName(sheetName);
        StreamingWorkbook wb = new StreamingWorkbook(WINDOW);
        try {
            this.styles = new Styles(wb);
        } catch (RuntimeException e) {
            wb.dispose();
            throw e;
        }
        this.workbook = wb;
    }

    /**
     * Starts a form that will be written to {@code target} on {@link #finish()}. The sheet name is
     * cleaned of characters Excel refuses and cut to fit, continuation sheets included.
     */
    public static FormSpreadsheet create(Path target, String sheetName) {
        return new FormSpreadsheet(target, sheetName);
    }

    /** Data rows per sheet before the table continues on a new sheet "{@code <name> (2)}". */
    public FormSpreadsheet maxRowsPerSheet(int maxRows) {
        requireState(State.SETUP, "maxRowsPerSheet");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRowsPerSheet must be positive: " + maxRows);
        }
        this.maxRowsPerSheet = maxRows;
        return this;
    }

    /** Title lines: bold, centred across the table. */
    public FormSpreadsheet title(String... lines) {
        requireState(State.SETUP, "title");
        this.titleLines = List.of(lines);
        return this;
    }

    /** Key/value lines under the title, such as "Подразделение: ..." or "Месяц на выплату: 2026-03". */
    public FormSpreadsheet headerLines(String... lines) {
        requireState(State.SETUP, "headerLines");
        this.headerLines = List.of(lines);
        return this;
    }

    /** Defines the table and writes the first sheet's heading block, ending with the numbered column row. */
    public FormSpreadsheet columns(List<FormColumn> columns) {
        requireState(State.SETUP, "columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.widths = this.columns.stream().mapToInt(FormSpreadsheet::effectiveWidth).toArray();
        this.tableWidthChars = java.util.Arrays.stream(widths).sum();
        this.dataStyles = this.columns.stream().mapToInt(c -> styles.data.get(c.kind()).getIndex() & 0xffff).toArray();
        this.quotedTextStyle = styles.quotedText.getIndex() & 0xffff;
        int headingRows = headingRowCount();
        // The footer (totals, words, signatures) needs room after the last data row too.
        if ((long) headingRows + maxRowsPerSheet + 100 > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet " + maxRowsPerSheet + " plus " + headingRows
                    + " heading rows leaves no room for the footer within Excel's " + EXCEL_MAX_ROWS + " rows");
        }
        startSheet();
        state = State.TABLE;
        return this;
    }

    /**
     * Writes one data row, one value per column, {@code null} for an empty cell. Accepted values by
     * column kind: TEXT - String (always a text cell, even "=..."); MONEY - BigDecimal with at most
     * two decimals, Integer, Long; DECIMAL2 - the same; INTEGER - Integer, Long, Short, BigInteger or
     * a whole BigDecimal; DATE - LocalDate; MONTH - YearMonth. Anything else, double included, is
     * refused with {@link IllegalArgumentException} before the row is written. A TEXT column also
     * takes {@link Utf8Text}, written exactly as its String would be.
     */
    public FormSpreadsheet row(Object... values) {
        requireState(State.TABLE, "row");
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            check(columns.get(i), values[i]);
        }
        if (dataRowsOnSheet == maxRowsPerSheet) {
            startSheet();
        }
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                lines = Math.max(lines, wrappedLines(text, widths[i], LETTER_WIDTH));
            } else if (values[i] instanceof Utf8Text text) {
                lines = Math.max(lines, wrappedLines(text, widths[i]));
            }
        }
        try {
            if (dataRowsOnSheet == 0) {
                // The heading rows precede the data in the sheet's XML.
                sheet.flushRows();
            }
            // Excel does not grow a row for wrapped text on opening a file; without a height the
            // second line of a long name would be hidden.
            sheetRows.beginRow(nextRow++, lines > 1 ? rowHeight(lines) : null);
            for (int i = 0; i < values.length; i++) {
                writeValue(i, values[i]);
            }
            sheetRows.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataRowsOnSheet++;
        dataRows++;
        return this;
    }

    /**
     * Writes the bold totals row after the last data row. {@code label} ("ИТОГО", "Всего:") goes in
     * the first column, merged over the columns up to the first total. Keys are 0-based column
     * indexes as in {@link #row}, i.e. the printed column number minus one, and must point at
     * MONEY, DECIMAL2 or INTEGER columns other than the first. Values are written as numbers, not
     * formulas: SXSSF cannot compute formulas, and a file without cached results shows zeros until
     * recalculated.
     */
    public FormSpreadsheet totals(String label, Map<Integer, ? extends Number> valuesByColumnIndex) {
        requireState(State.TABLE, "totals");
        Objects.requireNonNull(label, "label");
        int firstValue = columns.size();
        for (Map.Entry<Integer, ? extends Number> e : valuesByColumnIndex.entrySet()) {
            int index = Objects.requireNonNull(e.getKey(), "column index");
            if (index < 1 || index >= columns.size()) {
                throw new IllegalArgumentException("totals column index " + index + " outside 1.." + (columns.size() - 1)
                        + " (column 0 holds the label)");
            }
            FormColumn column = columns.get(index);
            if (column.kind() != CellKind.MONEY && column.kind() != CellKind.DECIMAL2 && column.kind() != CellKind.INTEGER) {
                throw new IllegalArgumentException("totals for a " + column.kind() + " column: " + column.header());
            }
            check(column, e.getValue());
            firstValue = Math.min(firstValue, index);
        }
        Row row = newFooterRow();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            Number value = valuesByColumnIndex.get(i);
            if (i == 0) {
                cell.setCellValue(label);
                cell.setCellStyle(styles.totalsLabel);
            } else if (value != null) {
                setValue(cell, value);
                cell.setCellStyle(styles.totals.get(columns.get(i).kind()));
            } else {
                cell.setCellStyle(i < firstValue ? styles.totalsLabel : styles.totals.get(CellKind.TEXT));
            }
        }
        if (firstValue > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, firstValue - 1));
        }
        state = State.FOOTER;
        return this;
    }

    /** A line of text under the table across its full width, e.g. the sum in words. */
    public FormSpreadsheet textLine(String text) {
        requireTableDefined("textLine");
        Objects.requireNonNull(text, "text");
        Row row = newFooterRow();
        writeSpanningLine(row, text, styles.footerText, BODY_LINE_POINTS, LETTER_WIDTH);
        state = State.FOOTER;
        return this;
    }

    /**
     * Signature blocks under the table, each on its own line with a blank line before it for the
     * signature itself, e.g. "Руководитель ____________ (Ф.И.О.)", "Главный бухгалтер ____________",
     * "М.П.". A block may span lines with {@code \n}.
     */
    public FormSpreadsheet signatures(String... blocks) {
        requireTableDefined("signatures");
        for (String block : blocks) {
            nextRow++;
            for (String line : Objects.requireNonNull(block, "signature block").split("\n", -1)) {
                Row row = newFooterRow();
                Cell cell = row.createCell(0);
                cell.setCellValue(line);
                // Not wrapped: the text runs on over the empty cells to its right like on paper.
                cell.setCellStyle(styles.signature);
            }
        }
        state = State.FOOTER;
        return this;
    }

    /** Data rows written so far, over all sheets. */
    public long dataRowCount() {
        return dataRows;
    }

    /** Sheets used so far. */
    public int sheetCount() {
        return sheetCount;
    }

    /**
     * Writes the workbook to its target atomically (see {@link AtomicFile}). After a failure the
     * target is unchanged and the form can only be closed.
     */
    public void finish() throws IOException {
        requireTableDefined("finish");
        state = State.FINISHED;
        lastRowBySheet.add(nextRow - 1);
        for (int i = 0; i < lastRowBySheet.size(); i++) {
            // SXSSF derives a sheet's dimension from the rows it holds, which are not the data rows.
            workbook.getXSSFWorkbook().getSheetAt(i)
                    .setDimensionOverride(new CellRangeAddress(0, lastRowBySheet.get(i), 0, columns.size() - 1));
        }
        AtomicFile.write(target, workbook::write);
    }

    /** Releases the temporary files; without a successful {@link #finish()} nothing is written. */
    @Override
    public void close() throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    // ---- sheets

    private int headingRowCount() {
        int aboveTable = titleLines.size() + headerLines.size();
        return aboveTable + (aboveTable > 0 ? 1 : 0) + 2;
    }

    private void startSheet() {
        if (sheetCount > 0) {
            lastRowBySheet.add(nextRow - 1);
        }
        sheetCount++;
        String name = sheetCount == 1 ? sheetName : continuationName(sheetName, sheetCount);
        StreamingWorkbook.DataSheet created = workbook.createDataSheet(name);
        sheet = created.sheet();
        sheetRows = created.rows();
        nextRow = 0;
        dataRowsOnSheet = 0;
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (String line : titleLines) {
            writeSpanningLine(sheet.createRow(nextRow++), line, styles.title, TITLE_LINE_POINTS, BOLD_LETTER_WIDTH * TITLE_POINTS / BODY_POINTS);
        }
        for (String line : headerLines) {
            writeSpanningLine(sheet.createRow(nextRow++), line, styles.headerLine, BODY_LINE_POINTS, LETTER_WIDTH);
        }
        if (!titleLines.isEmpty() || !headerLines.isEmpty()) {
            nextRow++;
        }
        Row headings = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            FormColumn column = columns.get(i);
            Cell cell = headings.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.columnHeader);
            lines = Math.max(lines, wrappedLines(column.header(), widths[i], BOLD_LETTER_WIDTH));
        }
        headings.setHeightInPoints(lines * BODY_LINE_POINTS + 4);
        Row numbers = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = numbers.createCell(i);
            cell.setCellValue(i + 1);
            cell.setCellStyle(styles.columnNumber);
        }
        sheet.createFreezePane(0, nextRow);
        // Rows are 1-based in the A1 reference.
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + nextRow));
        setUpPrinting(sheet);
    }

    private static void setUpPrinting(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        // 0: as many pages down as the rows need.
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        sheet.setHorizontallyCenter(true);
        // Signed paper forms are checked page by page.
        sheet.getFooter().setRight("Страница &P из &N");
    }

    private Row newFooterRow() {
        if (nextRow >= EXCEL_MAX_ROWS) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + " has no rows left for the footer");
        }
        return sheet.createRow(nextRow++);
    }

    private void writeSpanningLine(Row row, String text, CellStyle style, float linePoints, double letterWidth) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        // A single-cell merged region makes Excel offer to repair the file.
        if (columns.size() > 1) {
            for (int i = 1; i < columns.size(); i++) {
                row.createCell(i).setCellStyle(style);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns.size() - 1));
        }
        int lines = wrappedLines(text, tableWidthChars, letterWidth);
        row.setHeightInPoints(lines * linePoints + 2);
    }

    private static String safeSheetName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("sheet name is blank");
        }
        String safe = WorkbookUtil.createSafeSheetName(name.strip(), '_');
        // Excel reserves this name for its change history.
        if (safe.equalsIgnoreCase("History")) {
            safe = safe + "_";
        }
        return safe;
    }

    /**
     * The column's width, widened so that the longest word of its heading fits on one line: a
     * heading broken inside a word ("инвалидност-ью") is what accountants notice first.
     */
    static int effectiveWidth(FormColumn column) {
        int longestWord = 0;
        for (String word : column.header().split("[\\s]+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        int needed = (int) Math.ceil(longestWord * BOLD_LETTER_WIDTH) + 1;
        return Math.min(255, Math.max(column.width(), needed));
    }

    static String continuationName(String base, int number) {
        String suffix = " (" + number + ")";
        String head = base.length() + suffix.length() > EXCEL_MAX_SHEET_NAME
                ? base.substring(0, EXCEL_MAX_SHEET_NAME - suffix.length()).stripTrailing()
                : base;
        return head + suffix;
    }

    // ---- values

    private static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && looksLikeFormula(text.charAt(0));
    }

    private static boolean looksLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void check(FormColumn column, Object value) {
        if (value == null) {
            return;
        }
        // Excel's limit, which POI's cells enforced; the text itself stays out of the message. A
        // character takes at least a byte.
        int length = value instanceof String text ? text.length()
                : value instanceof Utf8Text utf8 && utf8.bytes().length > EXCEL_MAX_TEXT ? utf8.length() : 0;
        if (length > EXCEL_MAX_TEXT) {
            throw new IllegalArgumentException("column \"" + column.header() + "\" holds at most " + EXCEL_MAX_TEXT
                    + " characters: " + length + " given");
        }
        boolean ok = switch (column.kind()) {
            case TEXT -> value instanceof String || value instanceof Utf8Text;
            case MONEY, DECIMAL2 -> value instanceof Integer || value instanceof Long
                    || value instanceof BigDecimal d && twoDecimalsExact(d);
            case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger i && new BigDecimal(i).abs().compareTo(MAX_EXACT_INTEGER) <= 0
                    || value instanceof BigDecimal d && wholeExact(d);
            case DATE -> value instanceof LocalDate;
            case MONTH -> value instanceof YearMonth;
        };
        if (!ok) {
            throw new IllegalArgumentException("column \"" + column.header() + "\" (" + column.kind() + ") cannot hold "
                    + value.getClass().getSimpleName() + " " + value);
        }
    }

    private static boolean twoDecimalsExact(BigDecimal d) {
        return (d.scale() <= 2 || d.stripTrailingZeros().scale() <= 2) && d.abs().compareTo(MAX_EXACT_MONEY) < 0;
    }

    private static boolean wholeExact(BigDecimal d) {
        return (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) && d.abs().compareTo(MAX_EXACT_INTEGER) <= 0;
    }

    private static String rowHeight(int lines) {
        return lines < ROW_HEIGHTS.length ? ROW_HEIGHTS[lines] : Float.toString(lines * BODY_LINE_POINTS + 2);
    }

    // Values were checked against their column; here only their Java type matters. Numbers are
    // written in full decimal notation: Excel reads them into the same double that
    // BigDecimal.doubleValue() gives.
    private void writeValue(int column, Object value) {
        int style = dataStyles[column];
        if (value == null) {
            sheetRows.blank(column, style);
        } else if (value instanceof String text) {
            sheetRows.text(column, looksLikeFormula(text) ? quotedTextStyle : style, text);
        } else if (value instanceof Utf8Text text) {
            byte[] utf8 = text.bytes();
            sheetRows.text(column, utf8.length > 0 && looksLikeFormula((char) utf8[0]) ? quotedTextStyle : style, text);
        } else if (value instanceof BigDecimal d) {
            sheetRows.number(column, style, d.toPlainString());
        } else if (value instanceof BigInteger || value instanceof Long || value instanceof Integer || value instanceof Short) {
            sheetRows.number(column, style, value.toString());
        } else if (value instanceof LocalDate date) {
            sheetRows.number(column, style, excelDate(date));
        } else if (value instanceof YearMonth month) {
            sheetRows.text(column, style, month.toString());
        } else {
            throw new IllegalArgumentException("unsupported value " + value.getClass().getName());
        }
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_FIRST_REAL_DAY = LocalDate.of(1900, 3, 1);

    /** Excel's serial day number; before 1 March 1900 POI handles Excel's leap year 1900. */
    private static String excelDate(LocalDate date) {
        if (date.isBefore(EXCEL_FIRST_REAL_DAY)) {
            return Double.toString(DateUtil.getExcelDate(date));
        }
        return Long.toString(date.toEpochDay() - EXCEL_EPOCH.toEpochDay());
    }

    private static void setValue(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof BigInteger i) {
            cell.setCellValue(i.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.longValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof YearMonth month) {
            cell.setCellValue(month.toString());
        } else {
            throw new IllegalArgumentException("unsupported value " + value.getClass().getName());
        }
    }

    /** As for its String; decoded only when it may not fit on one line. */
    static int wrappedLines(Utf8Text text, int widthChars) {
        double capacity = Math.max(1, (widthChars - 1) / LETTER_WIDTH);
        if (!text.contains('\n') && (text.bytes().length <= capacity || text.length() <= capacity)) {
            return 1;
        }
        return wrappedLines(text.decoded(), widthChars, LETTER_WIDTH);
    }

    /** Lines that {@code text} takes when word-wrapped in {@code widthChars}, roughly as Excel does. */
    static int wrappedLines(String text, int widthChars, double letterWidth) {
        // A cell loses about a character to its padding.
        double capacity = Math.max(1, (widthChars - 1) / letterWidth);
        if (text.length() <= capacity && text.indexOf('\n') < 0) {
            // What fits as a whole fits word by word: most cells of a list.
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphLines = 1;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length <= capacity) {
                    used += 1 + length;
                } else if (used == 0 && length <= capacity) {
                    used = length;
                } else {
                    if (used > 0) {
                        paragraphLines++;
                    }
                    // A word longer than the column is broken across lines.
                    int extra = (int) Math.ceil(length / capacity) - 1;
                    paragraphLines += Math.max(0, extra);
                    used = length - Math.max(0, extra) * capacity;
                }
            }
            lines += paragraphLines;
        }
        return Math.max(1, lines);
    }

    private void requireState(State expected, String call) {
        if (state != expected) {
            throw new IllegalStateException(call + "() not allowed now (" + describe(state) + ")");
        }
    }

    private void requireTableDefined(String call) {
        if (state != State.TABLE && state != State.FOOTER) {
            throw new IllegalStateException(call + "() not allowed now (" + describe(state) + ")");
        }
    }

    private static String describe(State state) {
        return switch (state) {
            case SETUP -> "columns() not called yet";
            case TABLE -> "the table has begun";
            case FOOTER -> "the footer has begun: no more rows or totals";
            case FINISHED -> "already finished";
            case CLOSED -> "closed";
        };
    }

    // ---- styles

    /** Every style once per workbook: a style per cell would exceed Excel's 64 000 styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle headerLine;
        final CellStyle columnHeader;
        final CellStyle columnNumber;
        final Map<CellKind, CellStyle> data = new EnumMap<>(CellKind.class);
        final CellStyle quotedText;
        final Map<CellKind, CellStyle> totals = new EnumMap<>(CellKind.class);
        final CellStyle totalsLabel;
        final CellStyle footerText;
        final CellStyle signature;

        Styles(SXSSFWorkbook wb) {
            // The workbook's default font sets the width unit of every column; paper forms use Times.
            Font base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints(BODY_POINTS);
            if (base instanceof XSSFFont xssf) {
                // With the theme scheme left on, Excel and LibreOffice show the theme's Calibri
                // whatever the name says.
                xssf.setScheme(FontScheme.NONE);
                xssf.setFamily(FontFamily.ROMAN);
            }
            Font bold = font(wb, BODY_POINTS, true);
            Font titleFont = font(wb, TITLE_POINTS, true);
            Font small = font(wb, (short) 8, false);

            title = plain(wb, base);
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);

            headerLine = plain(wb, base);
            headerLine.setAlignment(HorizontalAlignment.LEFT);
            headerLine.setVerticalAlignment(VerticalAlignment.CENTER);
            headerLine.setWrapText(true);

            columnHeader = bordered(wb, base);
            columnHeader.setFont(bold);
            columnHeader.setAlignment(HorizontalAlignment.CENTER);
            columnHeader.setVerticalAlignment(VerticalAlignment.CENTER);
            columnHeader.setWrapText(true);

            columnNumber = bordered(wb, base);
            columnNumber.setFont(small);
            columnNumber.setAlignment(HorizontalAlignment.CENTER);

            for (CellKind kind : CellKind.values()) {
                data.put(kind, valueStyle(wb, kind, base));
                totals.put(kind, valueStyle(wb, kind, bold));
            }
            quotedText = valueStyle(wb, CellKind.TEXT, base);
            // Keeps "=..." text when an accountant edits the cell in Excel and presses Enter.
            quotedText.setQuotePrefixed(true);

            totalsLabel = bordered(wb, base);
            totalsLabel.setFont(bold);
            totalsLabel.setAlignment(HorizontalAlignment.LEFT);
            totalsLabel.setVerticalAlignment(VerticalAlignment.CENTER);

            footerText = plain(wb, base);
            footerText.setAlignment(HorizontalAlignment.LEFT);
            footerText.setVerticalAlignment(VerticalAlignment.TOP);
            footerText.setWrapText(true);

            signature = plain(wb, base);
            signature.setAlignment(HorizontalAlignment.LEFT);
        }

        private static Font font(SXSSFWorkbook wb, short points, boolean isBold) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints(points);
            f.setBold(isBold);
            return f;
        }

        // LibreOffice ignores the default font for a style that does not name its font.
        private static CellStyle plain(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            return s;
        }

        private static CellStyle bordered(SXSSFWorkbook wb, Font font) {
            CellStyle s = plain(wb, font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static CellStyle valueStyle(SXSSFWorkbook wb, CellKind kind, Font font) {
            CellStyle s = bordered(wb, font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            switch (kind) {
                case TEXT -> {
                    // "@" makes Excel keep what an accountant types here as text too.
                    s.setDataFormat(wb.createDataFormat().getFormat(TEXT_FORMAT));
                    s.setAlignment(HorizontalAlignment.LEFT);
                    s.setWrapText(true);
                }
                case MONEY, DECIMAL2 -> {
                    s.setDataFormat(wb.createDataFormat().getFormat(MONEY_FORMAT));
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
                case INTEGER -> {
                    s.setDataFormat(wb.createDataFormat().getFormat(INTEGER_FORMAT));
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
                case DATE -> {
                    s.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case MONTH -> {
                    s.setDataFormat(wb.createDataFormat().getFormat(TEXT_FORMAT));
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
            }
            return s;
        }
    }
}
