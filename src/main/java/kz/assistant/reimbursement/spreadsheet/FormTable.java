package kz.assistant.reimbursement.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table of a form and the sheets it takes: the heading block on each sheet ({@link FormHeading}),
 * the data rows straight as XML ({@link DataRowsWriter}), the sums of its summed columns, and the
 * footer rows after the last data row.
 */
final class FormTable {

    private static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int EXCEL_MAX_SHEET_NAME = 31;
    // The ht attribute of a data row of so many lines, made once.
    private static final String[] ROW_HEIGHTS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(lines -> Float.toString(lines * FormStyles.BODY_LINE_POINTS + 2)).toArray(String[]::new);

    private final StreamingWorkbook workbook;
    private final FormStyles styles;
    private final String sheetName;
    private final FormHeading heading;
    private final List<FormColumn> columns;
    private final int[] widths;
    private final int[] dataStyles;
    private final int quotedTextStyle;
    private final int maxRowsPerSheet;
    private final Function<YearMonth, String> monthNames;
    private final Map<YearMonth, String> monthTexts = new HashMap<>();
    private final BigDecimal[] sums;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private final List<Integer> lastRows = new ArrayList<>();

    private SXSSFSheet sheet;
    private DataRowsWriter sheetRows;
    private int nextRow;
    private int dataRowsOnSheet;
    private long dataRows;

    FormTable(StreamingWorkbook workbook, FormStyles styles, String sheetName, FormHeading heading, int maxRowsPerSheet,
              Function<YearMonth, String> monthNames) {
        this.workbook = workbook;
        this.styles = styles;
        this.sheetName = sheetName;
        this.heading = heading;
        this.columns = heading.columns();
        this.widths = heading.widths();
        this.dataStyles = columns.stream().mapToInt(c -> styles.data.get(c.kind()).getIndex() & 0xffff).toArray();
        this.quotedTextStyle = styles.quotedText.getIndex() & 0xffff;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.monthNames = monthNames;
        this.sums = new BigDecimal[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).summed()) {
                sums[i] = BigDecimal.ZERO;
            }
        }
        int headingRows = heading.rowCount();
        // The footer (totals, words, signatures) needs room after the last data row too.
        if ((long) headingRows + maxRowsPerSheet + 100 > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet " + maxRowsPerSheet + " plus " + headingRows
                    + " heading rows leaves no room for the footer within Excel's " + EXCEL_MAX_ROWS + " rows");
        }
        startSheet();
    }

    List<FormColumn> columns() {
        return columns;
    }

    long dataRowCount() {
        return dataRows;
    }

    int sheetCount() {
        return sheets.size();
    }

    /** The sum of a summed column over the rows written so far. */
    BigDecimal total(int column) {
        BigDecimal sum = sums[column];
        if (sum == null) {
            throw new IllegalArgumentException("column " + column + " (" + columns.get(column).header() + ") is not summed");
        }
        return sum;
    }

    Map<Integer, BigDecimal> totals() {
        Map<Integer, BigDecimal> totals = new HashMap<>();
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != null) {
                totals.put(i, sums[i]);
            }
        }
        return totals;
    }

    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            FormValues.check(columns.get(i), values[i]);
        }
        if (dataRowsOnSheet == maxRowsPerSheet) {
            startSheet();
        }
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                lines = Math.max(lines, TextLines.of(text, widths[i], TextLines.LETTER_WIDTH));
            } else if (values[i] instanceof Utf8Text text) {
                lines = Math.max(lines, TextLines.of(text, widths[i]));
            } else if (values[i] instanceof YearMonth month && monthNames != null) {
                lines = Math.max(lines, TextLines.of(monthText(month), widths[i], TextLines.LETTER_WIDTH));
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
                Object value = values[i];
                FormValues.write(sheetRows, i, dataStyles[i], quotedTextStyle, value,
                        value instanceof YearMonth month ? monthText(month) : null);
                if (sums[i] != null && value != null) {
                    sums[i] = sums[i].add(FormValues.decimal(value));
                }
            }
            sheetRows.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataRowsOnSheet++;
        dataRows++;
    }

    private String monthText(YearMonth month) {
        return monthNames == null ? month.toString() : monthTexts.computeIfAbsent(month, monthNames);
    }

    void totals(String label, Map<Integer, ? extends Number> valuesByColumnIndex) {
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
            FormValues.check(column, e.getValue());
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
                FormValues.set(cell, value);
                cell.setCellStyle(styles.totals.get(columns.get(i).kind()));
            } else {
                cell.setCellStyle(i < firstValue ? styles.totalsLabel : styles.totals.get(CellKind.TEXT));
            }
        }
        if (firstValue > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, firstValue - 1));
        }
    }

    void textLine(String text) {
        Objects.requireNonNull(text, "text");
        heading.spanningLine(sheet, newFooterRow(), text, styles.footerText, FormStyles.BODY_LINE_POINTS,
                TextLines.LETTER_WIDTH);
    }

    void signatures(String... blocks) {
        for (String block : blocks) {
            nextRow++;
            for (String line : Objects.requireNonNull(block, "signature block").split("\n", -1)) {
                Cell cell = newFooterRow().createCell(0);
                cell.setCellValue(line);
                // Not wrapped: the text runs on over the empty cells to its right like on paper.
                cell.setCellStyle(styles.signature);
            }
        }
    }

    /** Tells each sheet its used range: SXSSF would derive it from the rows it holds, not the data rows. */
    void close() {
        lastRows.add(nextRow - 1);
        for (int i = 0; i < sheets.size(); i++) {
            workbook.getXSSFWorkbook().getSheet(sheets.get(i).getSheetName())
                    .setDimensionOverride(new CellRangeAddress(0, lastRows.get(i), 0, columns.size() - 1));
        }
    }

    private void startSheet() {
        if (!sheets.isEmpty()) {
            lastRows.add(nextRow - 1);
        }
        String name = sheets.isEmpty() ? sheetName : continuationName(sheetName, sheets.size() + 1);
        StreamingWorkbook.DataSheet created = workbook.createDataSheet(name);
        sheet = created.sheet();
        sheetRows = created.rows();
        sheets.add(sheet);
        dataRowsOnSheet = 0;
        nextRow = heading.write(sheet);
    }

    private Row newFooterRow() {
        if (nextRow >= EXCEL_MAX_ROWS) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + " has no rows left for the footer");
        }
        return sheet.createRow(nextRow++);
    }

    private static String rowHeight(int lines) {
        return lines < ROW_HEIGHTS.length ? ROW_HEIGHTS[lines] : Float.toString(lines * FormStyles.BODY_LINE_POINTS + 2);
    }

    static String continuationName(String base, int number) {
        String suffix = " (" + number + ")";
        String head = base.length() + suffix.length() > EXCEL_MAX_SHEET_NAME
                ? base.substring(0, EXCEL_MAX_SHEET_NAME - suffix.length()).stripTrailing()
                : base;
        return head + suffix;
    }

}
