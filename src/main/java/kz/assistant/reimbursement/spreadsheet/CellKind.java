package kz.assistant.reimbursement.spreadsheet;

/**
 * What a form column holds; decides the cell's number format and alignment, and which Java values
 * the column accepts (see {@link FormSpreadsheet#row(Object...)}).
 */
public enum CellKind {
    /** Always a text cell, whatever the text looks like. */
    TEXT,
    /** Tenge with tiyn: {@code #,##0.00}. */
    MONEY,
    /** Whole numbers: counts, ordinal numbers ({@code #,##0}). */
    INTEGER,
    /** Non-money quantity with two decimals, e.g. hours ({@code #,##0.00}). */
    DECIMAL2,
    /** A calendar date shown {@code dd.mm.yyyy}. */
    DATE,
    /** A month, written as the text {@code YYYY-MM} like everywhere else in the cycle's files. */
    MONTH
}
