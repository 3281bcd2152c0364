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
    /** A month, written as text: {@code YYYY-MM}, or as the form names it ("март 2026", see {@link FormSpreadsheet#monthNames}). */
    MONTH
}
