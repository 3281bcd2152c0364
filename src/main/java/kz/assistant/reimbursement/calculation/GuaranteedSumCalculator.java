package kz.assistant.reimbursement.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.reference.RateYear;

/**
 * The calculation of docs/rules.md (п.3–5) for one act:
 * <pre>
 * G    = round2(h × hour price(y)), the hour price being 13.64 % of MRP(y)
 * OPV  = exemptOPV  ? 0 : round2(base_OPV × 0.10)
 * OSMS = exemptOSMS ? 0 : round2(base_OSMS × 0.02)
 * to supplier = G − OPV − OSMS
 * </pre>
 * with round2 half up to the tiyn. The OPV base is G capped at 50 МЗП and the OSMS base at 10 (2026:
 * 20) МЗП per assistant and month: {@code priorGuaranteed} is what the assistant's earlier acts of the
 * same service month already used of the caps, so an act past the cap carries only what is left.
 *
 * <p>The hour price is {@link RateYear#hourRate}, the rate table's column that the database computes
 * from the MRP (V2): the one place of the 13.64 %, read by this class and by the calculation's SQL
 * window alike, so that the two cannot give different sums ({@code HourPriceIntegrationTests}).
 */
public class GuaranteedSumCalculator {

    public static final BigDecimal OPV_RATE = new BigDecimal("0.10");
    public static final BigDecimal OSMS_RATE = new BigDecimal("0.02");

    public SumParts calculate(BigDecimal hours, RateYear rate, ExemptionBook.Flags exemption, BigDecimal priorGuaranteed) {
        return calculate(hours, null, rate, exemption, priorGuaranteed);
    }

    /**
     * п.3: the MIO pays "within the guaranteed sum". With the act's cost given and below G the cost is
     * reimbursed, and OPV, OSMS and the sum to the supplier follow from it by the same formulas; with
     * no cost (null), or a cost of G or more, G. {@link SumParts#guaranteed()} is the sum reimbursed.
     */
    public SumParts calculate(BigDecimal hours, BigDecimal serviceCost, RateYear rate, ExemptionBook.Flags exemption,
                              BigDecimal priorGuaranteed) {
        BigDecimal guaranteed = guaranteedSum(hours, rate);
        if (serviceCost != null && serviceCost.compareTo(guaranteed) < 0) {
            guaranteed = serviceCost.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal opv = exemption.opvExempt() ? zero()
                : round2(baseWithinCap(guaranteed, rate.opvCap(), priorGuaranteed).multiply(OPV_RATE));
        BigDecimal osms = exemption.osmsExempt() ? zero()
                : round2(baseWithinCap(guaranteed, rate.osmsCap(), priorGuaranteed).multiply(OSMS_RATE));
        return new SumParts(guaranteed, opv, osms, guaranteed.subtract(opv).subtract(osms));
    }

    /** G = round2(h × hour price(y)): the most an act of h hours can be reimbursed. */
    public static BigDecimal guaranteedSum(BigDecimal hours, RateYear rate) {
        return round2(hours.multiply(rate.hourRate()));
    }

    private static BigDecimal baseWithinCap(BigDecimal guaranteed, BigDecimal cap, BigDecimal priorGuaranteed) {
        BigDecimal left = cap.subtract(priorGuaranteed).max(BigDecimal.ZERO);
        return guaranteed.min(left);
    }

    static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
