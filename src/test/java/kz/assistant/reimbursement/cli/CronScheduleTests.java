package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.WorkingDays;
import org.junit.jupiter.api.Test;

/** The days each job of jobs/crontab is due, and for which cycle months (the rules of CronSchedule). */
class CronScheduleTests {

    // 23 March 2026 is a Nauryz holiday on a Monday; 2 January 2027 a working Saturday of the test's calendar.
    private final CronSchedule schedule = new CronSchedule(new WorkingDays(Map.of(
            LocalDate.of(2026, 3, 23), "holiday", LocalDate.of(2027, 1, 2), "workday")));

    @Test
    void reimbursementListIsDueOnThe14thForTheCurrentMonth() {
        assertThat(months("reimbursement-list", "2026-03-14")).containsExactly(YearMonth.of(2026, 3));
        assertThat(schedule.due("reimbursement-list", LocalDate.parse("2026-03-13")).reason()).isEqualTo("cli.due.not.list");
    }

    @Test
    void paymentOrdersAreDueOnWorkingDaysForLastMonthAndFromThe15thForThisMonth() {
        assertThat(months("payment-orders", "2026-03-10")).containsExactly(YearMonth.of(2026, 2));
        assertThat(months("payment-orders", "2026-03-16")).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(schedule.due("payment-orders", LocalDate.parse("2026-03-22")).reason()).isEqualTo("cli.due.not.working-day");
        assertThat(months("payment-orders", "2026-03-23")).as("a holiday of the calendar").isEmpty();
        assertThat(months("bank-returns", "2027-01-02")).as("a working Saturday of the calendar").containsExactly(YearMonth.of(2026, 12));
    }

    @Test
    void refundsAndTheBankServiceReportComeOnTheLastWorkingDayOfTheMonthAfterM() {
        assertThat(months("return-refunds", "2026-04-30")).containsExactly(YearMonth.of(2026, 3));
        assertThat(schedule.due("return-refunds", LocalDate.parse("2026-04-29")).arguments()).containsExactly("2026-04-30");
        // 31 May 2026 is a Sunday: the last working day is Friday the 29th
        assertThat(months("bank-service-report", "2026-05-29")).containsExactly(YearMonth.of(2026, 4));
        assertThat(months("bank-service-report", "2026-05-31")).isEmpty();
    }

    @Test
    void reconciliationActComesOnTheLastWorkingDayByThe25th() {
        // 25 April 2026 is a Saturday
        assertThat(months("reconciliation-act", "2026-04-24")).containsExactly(YearMonth.of(2026, 3));
        assertThat(months("reconciliation-act", "2026-04-25")).isEmpty();
    }

    @Test
    void anUnknownJobIsRefused() {
        assertThatThrownBy(() -> schedule.due("payroll", LocalDate.parse("2026-03-16"))).hasMessageContaining("unknown job payroll");
    }

    private List<YearMonth> months(String job, String day) {
        return schedule.due(job, LocalDate.parse(day)).months();
    }
}
