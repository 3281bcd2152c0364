package kz.assistant.reimbursement.returns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * п.20: returned sums not re-sent by the last working day of the month after the cycle go back to the
 * MIO. Working days are Monday–Friday with the exceptions of calendar_day (holidays, moved days off,
 * working Saturdays).
 */
final class RefundDeadline {

    private RefundDeadline() {
    }

    static LocalDate of(YearMonth cycle, JdbcTemplate jdbc) {
        YearMonth next = cycle.plusMonths(1);
        Map<LocalDate, String> exceptions = new HashMap<>();
        jdbc.query("select day, kind from calendar_day where day between ? and ?",
                rs -> {
                    exceptions.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                }, next.atDay(1), next.atEndOfMonth());
        for (LocalDate day = next.atEndOfMonth(); !day.isBefore(next.atDay(1)); day = day.minusDays(1)) {
            String kind = exceptions.get(day);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if ("workday".equals(kind) || (!weekend && !"holiday".equals(kind))) {
                return day;
            }
        }
        return next.atEndOfMonth();
    }
}
