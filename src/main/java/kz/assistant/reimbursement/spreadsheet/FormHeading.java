package kz.assistant.reimbursement.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The block above a form's data, repeated on each sheet and each printed page: the appendix the form
 * belongs to (right-aligned, as the order prints "Приложение 1 … Форма"), title, key lines, the
 * column headings (with the group headings the appendix prints over some of them, merged), and the
 * row of column numbers; and the sheet's page setup, A4 landscape.
 */
final class FormHeading {

    private final FormStyles styles;
    private final List<String> annexLines;
    private final List<String> titleLines;
    private final List<String> headerLines;
    private final List<FormColumn> columns;
    private final int[] widths;
    private final int tableWidthChars;
    private final boolean grouped;
    private final String pageFooter;

    FormHeading(FormStyles styles, List<String> annexLines, List<String> titleLines, List<String> headerLines,
                List<FormColumn> columns, String pageFooter) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one column");
        }
        this.styles = styles;
        this.annexLines = List.copyOf(annexLines);
        this.titleLines = List.copyOf(titleLines);
        this.headerLines = List.copyOf(headerLines);
        this.columns = List.copyOf(columns);
        this.widths = this.columns.stream().mapToInt(TextLines::effectiveWidth).toArray();
        this.tableWidthChars = Arrays.stream(widths).sum();
        this.grouped = this.columns.stream().anyMatch(c -> c.group() != null);
        this.pageFooter = Objects.requireNonNull(pageFooter, "pageFooter");
    }

    List<FormColumn> columns() {
        return columns;
    }

    int[] widths() {
        return widths;
    }

    int rowCount() {
        int aboveTable = annexLines.size() + titleLines.size() + headerLines.size();
        return aboveTable + (aboveTable > 0 ? 1 : 0) + (grouped ? 3 : 2);
    }

    /** Writes the block at the top of the sheet; returns the first row after it. */
    int write(SXSSFSheet sheet) {
        int next = 0;
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (String line : annexLines) {
            spanningLine(sheet, sheet.createRow(next++), line, styles.annex, FormStyles.BODY_LINE_POINTS, TextLines.LETTER_WIDTH);
        }
        for (String line : titleLines) {
            spanningLine(sheet, sheet.createRow(next++), line, styles.title, FormStyles.TITLE_LINE_POINTS,
                    TextLines.BOLD_LETTER_WIDTH * FormStyles.TITLE_POINTS / FormStyles.BODY_POINTS);
        }
        for (String line : headerLines) {
            spanningLine(sheet, sheet.createRow(next++), line, styles.headerLine, FormStyles.BODY_LINE_POINTS,
                    TextLines.LETTER_WIDTH);
        }
        if (!annexLines.isEmpty() || !titleLines.isEmpty() || !headerLines.isEmpty()) {
            next++;
        }
        next = grouped ? groupedHeadings(sheet, next) : plainHeadings(sheet, next);
        Row numbers = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = numbers.createCell(i);
            cell.setCellValue(i + 1);
            cell.setCellStyle(styles.columnNumber);
        }
        sheet.createFreezePane(0, next);
        // Rows are 1-based in the A1 reference.
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + next));
        setUpPrinting(sheet);
        return next;
    }

    private int plainHeadings(SXSSFSheet sheet, int rowIndex) {
        Row headings = sheet.createRow(rowIndex);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            heading(headings, i, columns.get(i).header());
            lines = Math.max(lines, headingLines(columns.get(i).header(), widths[i]));
        }
        headings.setHeightInPoints(lines * FormStyles.BODY_LINE_POINTS + 4);
        return rowIndex + 1;
    }

    /**
     * Two rows: a grouped column has its group's heading above its own, merged across the group's
     * columns; a column outside any group has its heading merged down over both rows.
     */
    private int groupedHeadings(SXSSFSheet sheet, int rowIndex) {
        Row top = sheet.createRow(rowIndex);
        Row bottom = sheet.createRow(rowIndex + 1);
        int topLines = 1;
        int bottomLines = 1;
        int spanningLines = 1;
        for (int i = 0; i < columns.size(); ) {
            FormColumn column = columns.get(i);
            if (column.group() == null) {
                heading(top, i, column.header());
                heading(bottom, i, "");
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + 1, i, i));
                spanningLines = Math.max(spanningLines, headingLines(column.header(), widths[i]));
                i++;
                continue;
            }
            int end = i;
            int width = 0;
            while (end < columns.size() && column.group().equals(columns.get(end).group())) {
                heading(top, end, end == i ? column.group() : "");
                heading(bottom, end, columns.get(end).header());
                bottomLines = Math.max(bottomLines, headingLines(columns.get(end).header(), widths[end]));
                width += widths[end];
                end++;
            }
            if (end - i > 1) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, i, end - 1));
            }
            topLines = Math.max(topLines, headingLines(column.group(), width));
            i = end;
        }
        topLines = Math.max(topLines, spanningLines - bottomLines);
        top.setHeightInPoints(topLines * FormStyles.BODY_LINE_POINTS + 4);
        bottom.setHeightInPoints(bottomLines * FormStyles.BODY_LINE_POINTS + 4);
        return rowIndex + 2;
    }

    private void heading(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.columnHeader);
    }

    private static int headingLines(String text, int width) {
        return TextLines.of(text, width, TextLines.BOLD_LETTER_WIDTH);
    }

    /** A line of text merged across the table's width, its row as high as its wrapped lines. */
    void spanningLine(Sheet sheet, Row row, String text, CellStyle style, float linePoints, double letterWidth) {
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
        int lines = TextLines.of(text, tableWidthChars, letterWidth);
        row.setHeightInPoints(lines * linePoints + 2);
    }

    private void setUpPrinting(Sheet sheet) {
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
        sheet.getFooter().setRight(pageFooter);
    }
}
