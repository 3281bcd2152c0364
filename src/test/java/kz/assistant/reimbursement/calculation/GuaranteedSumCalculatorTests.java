package kz.assistant.reimbursement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.reference.RateYear;
import org.junit.jupiter.api.Test;

class GuaranteedSumCalculatorTests {

    static final RateYear Y2024 = rate(2024, "3692", "0.035", "1", "10");
    static final RateYear Y2025 = rate(2025, "3932", "0.05", "1", "10");
    static final RateYear Y2026 = rate(2026, "4325", "0.05", "0", "20");

    private final GuaranteedSumCalculator calculator = new GuaranteedSumCalculator();
    private static final ExemptionBook.Flags NOT_EXEMPT = new ExemptionBook.Flags(false, false);

    static RateYear rate(int year, String mrp, String soRate, String soMinBaseMzp, String osmsCapMzp) {
        BigDecimal m = new BigDecimal(mrp);
        return new RateYear(year, m, new BigDecimal("85000"), new BigDecimal(soRate), new BigDecimal(soMinBaseMzp),
                new BigDecimal("50"), new BigDecimal(osmsCapMzp), m.multiply(new BigDecimal("0.1364")));
    }

    @Test
    void aCostBelowGIsReimbursedAndItsPartsFollowFromTheCost() {
        SumParts sum = calculator.calculate(new BigDecimal("120.5"), new BigDecimal("50000.01"), Y2026, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("50000.01");
        assertThat(sum.opv()).isEqualByComparingTo("5000.00");
        assertThat(sum.osms()).isEqualByComparingTo("1000.00");
        assertThat(sum.toSupplier()).isEqualByComparingTo("44000.01");
    }

    @Test
    void aCostOfGOrMoreIsReimbursedG() {
        SumParts sum = calculator.calculate(new BigDecimal("120.5"), new BigDecimal("71086.58"), Y2026, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("71086.57");
    }

    @Test
    void workedExampleOf2026Gives71086_57AndItsParts() {
        SumParts sum = calculator.calculate(new BigDecimal("120.5"), Y2026, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("71086.57");
        assertThat(sum.opv()).isEqualByComparingTo("7108.66");
        assertThat(sum.osms()).isEqualByComparingTo("1421.73");
        assertThat(sum.toSupplier()).isEqualByComparingTo("62556.18");
    }

    @Test
    void eightHoursForThirtyDaysOf2025IsTheQuoted128717_95() {
        SumParts sum = calculator.calculate(new BigDecimal("240"), Y2025, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("128717.95");
    }

    @Test
    void halfATiynRoundsUp() {
        // 0.5 h × 589.93 = 294.965: half up gives 294.97 where banker's rounding would give 294.96.
        SumParts sum = calculator.calculate(new BigDecimal("0.5"), Y2026, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("294.97");
        // OPV 29.497 -> 29.50, OSMS 5.8994 -> 5.90
        assertThat(sum.opv()).isEqualByComparingTo("29.50");
        assertThat(sum.osms()).isEqualByComparingTo("5.90");
        assertThat(sum.toSupplier()).isEqualByComparingTo("259.57");
    }

    @Test
    void anAssistantExemptFromOpvPaysOnlyOsms() {
        SumParts sum = calculator.calculate(new BigDecimal("120.5"), Y2026, new ExemptionBook.Flags(true, false), BigDecimal.ZERO);

        assertThat(sum.opv()).isEqualByComparingTo("0.00");
        assertThat(sum.osms()).isEqualByComparingTo("1421.73");
        assertThat(sum.toSupplier()).isEqualByComparingTo("69664.84");
    }

    @Test
    void anAssistantExemptFromBothGetsTheWholeGuaranteedSum() {
        SumParts sum = calculator.calculate(new BigDecimal("120.5"), Y2026, new ExemptionBook.Flags(true, true), BigDecimal.ZERO);

        assertThat(sum.toSupplier()).isEqualByComparingTo(sum.guaranteed());
    }

    @Test
    void aLateActOf2024UsesThe2024Mrp() {
        // 10 h × 3 692 × 0.1364 = 5 035.888 -> 5 035.89
        SumParts sum = calculator.calculate(new BigDecimal("10"), Y2024, NOT_EXEMPT, BigDecimal.ZERO);

        assertThat(sum.guaranteed()).isEqualByComparingTo("5035.89");
    }

    @Test
    void osmsStopsAtTheCapOfTenMzpPerAssistantAndMonthIn2025() {
        // Cap 10 × 85 000 = 850 000; 800 000 already guaranteed this month leaves a base of 50 000.
        SumParts sum = calculator.calculate(new BigDecimal("248"), Y2025, NOT_EXEMPT, new BigDecimal("800000"));

        assertThat(sum.guaranteed()).isEqualByComparingTo("133008.55");
        assertThat(sum.osms()).isEqualByComparingTo("1000.00");
        assertThat(sum.opv()).isEqualByComparingTo("13300.86");
    }

    @Test
    void anActPastBothCapsCarriesNoOsmsButOpvUpToFiftyMzp() {
        SumParts sum = calculator.calculate(new BigDecimal("100"), Y2026, NOT_EXEMPT, new BigDecimal("4250000"));

        assertThat(sum.opv()).isEqualByComparingTo("0.00");
        assertThat(sum.osms()).isEqualByComparingTo("0.00");
        assertThat(sum.toSupplier()).isEqualByComparingTo(sum.guaranteed());
    }
}
