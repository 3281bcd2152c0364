package kz.assistant.reimbursement.reference;

import java.math.BigDecimal;

/**
 * The values of one year (docs/rules.md, "Calculation"): MRP, МЗП, the SO rate, the SO minimum base and
 * the OPV/OSMS caps in МЗП, and the hour price (13.64 % of MRP, computed by the database: the one
 * place of that share, which Java and SQL both read).
 */
public record RateYear(int year, BigDecimal mrp, BigDecimal mzp, BigDecimal soRate, BigDecimal soMinBaseMzp,
                       BigDecimal opvCapMzp, BigDecimal osmsCapMzp, BigDecimal hourRate) {

    public BigDecimal opvCap() {
        return mzp.multiply(opvCapMzp);
    }

    public BigDecimal osmsCap() {
        return mzp.multiply(osmsCapMzp);
    }

    /** Zero when the year has no minimum base (2026: none for assistants). */
    public BigDecimal soMinBase() {
        return mzp.multiply(soMinBaseMzp);
    }

    public BigDecimal soMaxBase() {
        return mzp.multiply(BigDecimal.valueOf(7));
    }
}
