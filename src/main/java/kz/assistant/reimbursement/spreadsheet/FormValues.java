package kz.assistant.reimbursement.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;

/** What a form's cell may hold, and how a checked value is put into the sheet. */
final class FormValues {

    private static final int EXCEL_MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    // Excel keeps and shows 15 significant digits: with two decimals an amount is exact to the
    // tiyn only below 10^13 (a double alone would allow about 9*10^13).
    private static final BigDecimal MAX_EXACT_MONEY = new BigDecimal("1e13");
    private static final BigDecimal MAX_EXACT_INTEGER = new BigDecimal(2).pow(53);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_FIRST_REAL_DAY = LocalDate.of(1900, 3, 1);

    private FormValues() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && looksLikeFormula(text.charAt(0));
    }

    static boolean looksLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static void check(FormColumn column, Object value) {
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

    /** A checked number as a BigDecimal, for the totals a form keeps. */
    static BigDecimal decimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }

    private static boolean twoDecimalsExact(BigDecimal d) {
        return (d.scale() <= 2 || d.stripTrailingZeros().scale() <= 2) && d.abs().compareTo(MAX_EXACT_MONEY) < 0;
    }

    private static boolean wholeExact(BigDecimal d) {
        return (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) && d.abs().compareTo(MAX_EXACT_INTEGER) <= 0;
    }

    /**
     * A checked value into a data row; only its Java type matters here. Numbers are written in full
     * decimal notation: Excel reads them into the same double that BigDecimal.doubleValue() gives.
     */
    static void write(DataRowsWriter rows, int column, int style, int quotedTextStyle, Object value, String monthText) {
        if (value == null) {
            rows.blank(column, style);
        } else if (value instanceof String text) {
            rows.text(column, looksLikeFormula(text) ? quotedTextStyle : style, text);
        } else if (value instanceof Utf8Text text) {
            byte[] utf8 = text.bytes();
            rows.text(column, utf8.length > 0 && looksLikeFormula((char) utf8[0]) ? quotedTextStyle : style, text);
        } else if (value instanceof BigDecimal d) {
            rows.number(column, style, d.toPlainString());
        } else if (value instanceof BigInteger || value instanceof Long || value instanceof Integer || value instanceof Short) {
            rows.number(column, style, value.toString());
        } else if (value instanceof LocalDate date) {
            rows.number(column, style, excelDate(date));
        } else if (value instanceof YearMonth) {
            rows.text(column, style, monthText);
        } else {
            throw new IllegalArgumentException("unsupported value " + value.getClass().getName());
        }
    }

    /** Excel's serial day number; before 1 March 1900 POI handles Excel's leap year 1900. */
    private static String excelDate(LocalDate date) {
        if (date.isBefore(EXCEL_FIRST_REAL_DAY)) {
            return Double.toString(DateUtil.getExcelDate(date));
        }
        return Long.toString(date.toEpochDay() - EXCEL_EPOCH.toEpochDay());
    }

    /** A totals cell, written through POI's cell. */
    static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof BigInteger i) {
            cell.setCellValue(i.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.longValue());
        } else {
            throw new IllegalArgumentException("unsupported value " + value.getClass().getName());
        }
    }
}
