package kz.assistant.reimbursement.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class RefundDeadlineIntegrationTests extends IntegrationTest {

    @Test
    void refundsOfMarchAreDueOnTheLastWorkingDayOfApril() {
        assertThat(RefundDeadline.of(YearMonth.of(2026, 3), jdbc)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void aMonthEndingOnAWeekendMovesTheDeadlineBackToFriday() {
        assertThat(RefundDeadline.of(YearMonth.of(2026, 4), jdbc)).isEqualTo(LocalDate.of(2026, 5, 29));
    }

    @Test
    void aHolidayOnTheLastWeekdayMovesTheDeadlineBackFurther() {
        jdbc.update("insert into calendar_day (day, kind) values ('2026-04-30', 'holiday') on conflict (day) do update set kind = 'holiday'");

        assertThat(RefundDeadline.of(YearMonth.of(2026, 3), jdbc)).isEqualTo(LocalDate.of(2026, 4, 29));
    }
}
