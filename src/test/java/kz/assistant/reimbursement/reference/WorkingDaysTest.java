package kz.assistant.reimbursement.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // Nauryz 2026 (sample-data/reference/calendar.csv) and a working Saturday as the decree may set one.
    private final WorkingDays calendar = new WorkingDays(Map.of(
            LocalDate.of(2026, 3, 23), "holiday",
            LocalDate.of(2026, 3, 24), "holiday",
            LocalDate.of(2026, 3, 25), "holiday",
            LocalDate.of(2026, 4, 4), "workday"));

    @Test
    void twoWorkingDaysAfterAWednesdayIsTheFriday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 4), 2)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void twoWorkingDaysAfterAThursdaySkipTheWeekend() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 12), 2)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void twoWorkingDaysAfterTheFridayBeforeNauryzSkipTheWeekendAndTheHolidays() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 20), 2)).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void aWorkingSaturdayCounts() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 4))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 3), 1)).isEqualTo(LocalDate.of(2026, 4, 4));
    }

    @Test
    void aHolidayOnAWeekdayIsNoWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 26))).isTrue();
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndNegativeIsRefused() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 21), 0)).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 21), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
