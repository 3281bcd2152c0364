package kz.assistant.reimbursement.spreadsheet;

import java.util.Objects;

/**
 * One column of an appendix-style table.
 *
 * @param header the column's heading as printed on the form, may contain line breaks
 * @param kind   what the column holds
 * @param width  width in characters of the default font, 1..255
 * @param group  the heading over a run of neighbouring columns ("из них сумма", "Перечислено …"),
 *               printed once, merged across them, above their own headings; {@code null} for none
 * @param summed whether the form adds the column up for its totals row ({@link FormSpreadsheet#totals(String)})
 */
public record FormColumn(String header, CellKind kind, int width, String group, boolean summed) {

    public FormColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        // Excel's own limit on a column's width.
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters: " + width + " for " + header);
        }
        if (summed && kind != CellKind.MONEY && kind != CellKind.DECIMAL2 && kind != CellKind.INTEGER) {
            throw new IllegalArgumentException("a " + kind + " column cannot be summed: " + header);
        }
    }

    public FormColumn(String header, CellKind kind, int width) {
        this(header, kind, width, null, false);
    }

    /** The same column under a group heading shared with its neighbours. */
    public FormColumn under(String groupHeading) {
        return new FormColumn(header, kind, width, Objects.requireNonNull(groupHeading, "group"), summed);
    }

    /** The same column, added up by the form for its totals row. */
    public FormColumn totalled() {
        return new FormColumn(header, kind, width, group, true);
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
