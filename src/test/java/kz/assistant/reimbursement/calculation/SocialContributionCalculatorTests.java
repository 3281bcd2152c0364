package kz.assistant.reimbursement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SocialContributionCalculatorTests {

    private final SocialContributionCalculator calculator = new SocialContributionCalculator();

    @Test
    void soOfTheWorkedExampleIsFivePercentOfGLessOpv() {
        var so = calculator.calculate(new BigDecimal("63977.91"), GuaranteedSumCalculatorTests.Y2026);

        assertThat(so.amount()).isEqualByComparingTo("3198.90");
    }

    @Test
    void in2025ASmallBaseIsRaisedToOneMzp() {
        var so = calculator.calculate(new BigDecimal("20000"), GuaranteedSumCalculatorTests.Y2025);

        assertThat(so.base()).isEqualByComparingTo("85000.00");
        assertThat(so.amount()).isEqualByComparingTo("4250.00");
    }

    @Test
    void in2024TheRateIsThreeAndAHalfPercentOfAtLeastOneMzp() {
        var so = calculator.calculate(new BigDecimal("50000"), GuaranteedSumCalculatorTests.Y2024);

        assertThat(so.amount()).isEqualByComparingTo("2975.00");
    }

    @Test
    void in2026ThereIsNoMinimumBaseForAssistants() {
        var so = calculator.calculate(new BigDecimal("20000"), GuaranteedSumCalculatorTests.Y2026);

        assertThat(so.amount()).isEqualByComparingTo("1000.00");
    }

    @Test
    void theBaseIsCappedAtSevenMzp() {
        var so = calculator.calculate(new BigDecimal("700000"), GuaranteedSumCalculatorTests.Y2026);

        assertThat(so.base()).isEqualByComparingTo("595000.00");
        assertThat(so.amount()).isEqualByComparingTo("29750.00");
    }
}
