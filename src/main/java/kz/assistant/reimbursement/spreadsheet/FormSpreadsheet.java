package kz.assistant.reimbursement.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import kz.assistant.reimbursement.files.AtomicFile;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Streams an appendix-style form (title, key lines, column headings, the numbered column row, data
 * rows, totals, sum in words, signatures) into an {@code .xlsx} that accountants print and sign.
 *
 * <p>Order of calls: {@link #create}, then optionally {@link #maxRowsPerSheet}, {@link #monthNames},
 * {@link #pageFooter}, {@link #annex}, {@link #title}, {@link #headerLines}; then {@link #columns}; then any number of
 * {@link #row} (and, after {@link #companion}, of {@link #companionRow}); then optionally
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
 *     form.title("Список по актам ...").headerLines("Подразделение: " + mioName).columns(columns);
 *     for (Act a : acts) form.row(n++, a.oblast(), ..., a.amount());
 *     form.totals("ИТОГО").textLine("Сумма прописью: " + words(form.total(15))).signatures("Руководитель ____________");
 *     form.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class FormSpreadsheet implements AutoCloseable {

    public static final int DEFAULT_MAX_ROWS_PER_SHEET = 1_000_000;

    // Rows kept in memory before SXSSF flushes them to its temp file; only the heading and footer
    // rows go through SXSSF rows (data rows are written as XML, see DataRowsWriter), and their
    // heights are set while they are in the window.
    private static final int WINDOW = 200;

    private enum State { SETUP, TABLE, FOOTER, FINISHED, CLOSED }

    private final Path target;
    private final String sheetName;
    private final StreamingWorkbook workbook;
    private final FormStyles styles;

    private int maxRowsPerSheet = DEFAULT_MAX_ROWS_PER_SHEET;
    private Function<YearMonth, String> monthNames;
    private String pageFooter = "Страница &P из &N";
    private List<String> annexLines = List.of();
    private List<String> titleLines = List.of();
    private List<String> headerLines = List.of();

    private State state = State.SETUP;
    private FormTable table;
    private FormTable companion;

    private FormSpreadsheet(Path target, String sheetName) {
        this.target = Objects.requireNonNull(target, "target");
        this.sheetName = safeSheetName(sheetName);
        StreamingWorkbook wb = new StreamingWorkbook(WINDOW);
        try {
            this.styles = new FormStyles(wb);
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

    /** How MONTH cells read ("март 2026"); without it, {@code YYYY-MM}. */
    public FormSpreadsheet monthNames(Function<YearMonth, String> names) {
        requireState(State.SETUP, "monthNames");
        this.monthNames = Objects.requireNonNull(names, "names");
        return this;
    }

    /** The printed page's footer, in Excel's header/footer codes ({@code &P} page, {@code &N} pages). */
    public FormSpreadsheet pageFooter(String footer) {
        requireState(State.SETUP, "pageFooter");
        this.pageFooter = Objects.requireNonNull(footer, "footer");
        return this;
    }

    /** Lines above the title, right-aligned: which appendix of which order the form is ("Приложение 1 …", "Форма"). */
    public FormSpreadsheet annex(String... lines) {
        requireState(State.SETUP, "annex");
        this.annexLines = List.of(lines);
        return this;
    }

    /** Title lines: bold, centred across the table. */
    public FormSpreadsheet title(String... lines) {
        requireState(State.SETUP, "title");
        this.titleLines = List.of(lines);
        return this;
    }

    /** Key/value lines under the title, such as "Подразделение: ..." or "Месяц на выплату: март 2026". */
    public FormSpreadsheet headerLines(String... lines) {
        requireState(State.SETUP, "headerLines");
        this.headerLines = List.of(lines);
        return this;
    }

    /** Defines the table and writes the first sheet's heading block, ending with the numbered column row. */
    public FormSpreadsheet columns(List<FormColumn> columns) {
        requireState(State.SETUP, "columns");
        FormHeading heading = new FormHeading(styles, annexLines, titleLines, headerLines, columns, pageFooter);
        table = new FormTable(workbook, styles, sheetName, heading, maxRowsPerSheet, monthNames);
        state = State.TABLE;
        return this;
    }

    /**
     * A second table on a sheet of its own, for what the form lacks but its readers need (the hours of
     * each act beside Appendix 1); filled by {@link #companionRow} alongside the form's rows.
     */
    public FormSpreadsheet companion(String companionSheetName, List<String> title, List<FormColumn> columns) {
        requireState(State.TABLE, "companion");
        if (companion != null) {
            throw new IllegalStateException("companion() already called");
        }
        FormHeading heading = new FormHeading(styles, List.of(), title, List.of(), columns, pageFooter);
        companion = new FormTable(workbook, styles, safeSheetName(companionSheetName), heading, maxRowsPerSheet, monthNames);
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
        table.row(values);
        return this;
    }

    /** A row of the {@link #companion} table. */
    public FormSpreadsheet companionRow(Object... values) {
        requireState(State.TABLE, "companionRow");
        if (companion == null) {
            throw new IllegalStateException("companionRow() before companion()");
        }
        companion.row(values);
        return this;
    }

    /** The sum so far of a column marked {@link FormColumn#summed()} (0-based index). */
    public BigDecimal total(int columnIndex) {
        requireTableDefined("total");
        return table.total(columnIndex);
    }

    /** The totals row of the columns marked {@link FormColumn#summed()}, from the sums the form kept. */
    public FormSpreadsheet totals(String label) {
        return totals(label, table == null ? Map.of() : table.totals());
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
        table.totals(label, valuesByColumnIndex);
        state = State.FOOTER;
        return this;
    }

    /** A line of text under the table across its full width, e.g. the sum in words. */
    public FormSpreadsheet textLine(String text) {
        requireTableDefined("textLine");
        table.textLine(text);
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
        table.signatures(blocks);
        state = State.FOOTER;
        return this;
    }

    /** Data rows written so far, over all sheets. */
    public long dataRowCount() {
        return table == null ? 0 : table.dataRowCount();
    }

    /** Sheets used so far by the form's table. */
    public int sheetCount() {
        return table == null ? 0 : table.sheetCount();
    }

    /**
     * Writes the workbook to its target atomically (see {@link AtomicFile}). After a failure the
     * target is unchanged and the form can only be closed.
     */
    public void finish() throws IOException {
        requireTableDefined("finish");
        state = State.FINISHED;
        table.close();
        if (companion != null) {
            companion.close();
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

    static int effectiveWidth(FormColumn column) {
        return TextLines.effectiveWidth(column);
    }

    static String continuationName(String base, int number) {
        return FormTable.continuationName(base, number);
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
}
