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
}
