package kz.assistant.reimbursement.calculation;

import java.math.BigDecimal;

import kz.assistant.reimbursement.reference.RateYear;

/**
 * SO, paid by the MIO on top of G (docs/rules.md): per assistant, service month and MIO the base is the
 * sum of (G − OPV) over his acts, raised to the minimum base where the year has one (2024–2025:
 * 1 МЗП) and capped at 7 МЗП; SO = round2(rate × base).
 */
public class SocialContributionCalculator {

    public record SocialContribution(BigDecimal base, BigDecimal amount) {
    }

    public SocialContribution calculate(BigDecimal sumOfGuaranteedLessOpv, RateYear rate) {
        BigDecimal base = sumOfGuaranteedLessOpv;
        if (rate.soMinBase().signum() > 0 && base.compareTo(rate.soMinBase()) < 0) {
            base = rate.soMinBase();
        }
        base = base.min(rate.soMaxBase());
        return new SocialContribution(GuaranteedSumCalculator.round2(base),
                GuaranteedSumCalculator.round2(rate.soRate().multiply(base)));
    }
}
