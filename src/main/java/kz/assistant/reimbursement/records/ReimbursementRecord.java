package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.time.YearMonth;

import kz.assistant.reimbursement.calculation.SumParts;
import kz.assistant.reimbursement.exemptions.ExemptionBook;

/**
 * A reimbursement record for CBD (Appendix 2), formed on the 14th from one act: what the
 * calculation adds to the act of that line (the act's own columns are copied from act_intake).
 */
public record ReimbursementRecord(long recordId, YearMonth cycleMonth, long line, BigDecimal hourRate, SumParts sum,
                                  ExemptionBook.Flags exemption) {

    /**
     * The same line of the same file always gives the same id, however often the run was
     * interrupted, and ids of different cycles never meet.
     */
    public static long idOf(YearMonth cycleMonth, long line) {
        return (cycleMonth.getYear() * 100L + cycleMonth.getMonthValue()) * 10_000_000L + line;
    }

    /**
     * The SQL condition "record_id is one of the cycle's": the partition key of reimbursement_record
     * (V12), so that a query of one cycle reads that cycle's partition only. The bounds are numbers
     * computed from a YearMonth, written into the text because COPY (the CBD files) takes no bind
     * parameters; nothing from input ever reaches them.
     */
    public static String idsOf(YearMonth cycleMonth) {
        return idsOf(cycleMonth, "record_id");
    }

    /**
     * The same condition on another column that holds a record id: said of both sides of a join to
     * another table keyed by record id (payment), it lets that table be read by its index on the
     * cycle's range too, where PostgreSQL would not carry a range across the join's equality itself.
     */
    public static String idsOf(YearMonth cycleMonth, String column) {
        return column + " >= " + idOf(cycleMonth, 0) + " and " + column + " < " + idOf(cycleMonth.plusMonths(1), 0);
    }

    /**
     * The first id a record of the given service month can have. The intake takes only acts of months
     * before their cycle, so such a record is in a later cycle: a look-up of earlier records by service
     * month reads the partitions from there on rather than every cycle's (a year of history multiplied
     * the checks' and the calculation's look-ups by twelve; late acts reach back a few months).
     */
    public static long firstIdOfServiceMonth(YearMonth serviceMonth) {
        return idOf(serviceMonth.plusMonths(1), 0);
    }
}
