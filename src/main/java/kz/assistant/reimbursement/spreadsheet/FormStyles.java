package kz.assistant.reimbursement.spreadsheet;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** Every style of a form once per workbook: a style per cell would exceed Excel's 64 000 styles. */
final class FormStyles {

    static final String FONT = "Times New Roman";
    // 9 points: the eighteen columns of Appendix 1 then print on A4 landscape at about two thirds of
    // their size, where 10 points made them shrink to a half.
    static final short BODY_POINTS = 9;
    static final short TITLE_POINTS = 11;
    static final float BODY_LINE_POINTS = 12f;
    static final float TITLE_LINE_POINTS = 14.5f;

    private static final String MONEY_FORMAT = "#,##0.00";
    private static final String INTEGER_FORMAT = "#,##0";
    private static final String DATE_FORMAT = "dd.mm.yyyy";
    private static final String TEXT_FORMAT = "@";

    final CellStyle title;
    final CellStyle headerLine;
    final CellStyle annex;
    final CellStyle columnHeader;
    final CellStyle columnNumber;
    final Map<CellKind, CellStyle> data = new EnumMap<>(CellKind.class);
    final CellStyle quotedText;
    final Map<CellKind, CellStyle> totals = new EnumMap<>(CellKind.class);
    final CellStyle totalsLabel;
    final CellStyle footerText;
    final CellStyle signature;

    FormStyles(SXSSFWorkbook wb) {
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

        annex = plain(wb, base);
        annex.setAlignment(HorizontalAlignment.RIGHT);
        annex.setVerticalAlignment(VerticalAlignment.CENTER);

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
                // "2026 жылғы ақпан" takes two lines in a column sized for "февраль 2026".
                s.setWrapText(true);
            }
        }
        return s;
    }
}
