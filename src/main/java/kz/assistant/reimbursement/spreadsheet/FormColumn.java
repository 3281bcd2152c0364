package kz.assistant.reimbursement.spreadsheet;

import java.util.Objects;

/**
 * One column of an appendix-style table.
 *
 * @param header the column's heading as printed on the form (Russian), may contain line breaks
 * @param kind   what the column holds
 * @param width  width in characters of the default font, 1..255
 */
public record FormColumn(String header, CellKind kind, int width) {

    public FormColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        // Excel's own limit on a column's width.
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters: " + width + " for " + header);
        }
    }

    public static FormColumn text(String header, int width) {
        return new FormColumn(header, CellKind.TEXT, width);
    }

    public static FormColumn money(String header, int width) {
        return new FormColumn(header, CellKind.MONEY, width);
    }

    public static FormColumn integer(String header, int width) {
        return new FormColumn(header, CellKind.INTEGER, width);
    }

    public static FormColumn decimal2(String header, int width) {
        return new FormColumn(header, CellKind.DECIMAL2, width);
    }

    public static FormColumn date(String header, int width) {
        return new FormColumn(header, CellKind.DATE, width);
    }

    public static FormColumn month(String header, int width) {
        return new FormColumn(header, CellKind.MONTH, width);
    }
}
