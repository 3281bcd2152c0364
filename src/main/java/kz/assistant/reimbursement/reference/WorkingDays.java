package kz.assistant.reimbursement.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Kazakh working-day calendar for deadlines in working days (п.14, 15, 16, 17, 19, 20):
 * Monday–Friday, except the exceptions of {@code calendar_day} — public holidays and moved days off
 * ({@code holiday}) and Saturdays the government makes working ({@code workday}).
 */
public final class WorkingDays {

    private final Map<LocalDate, String> exceptions;

    public WorkingDays(Map<LocalDate, String> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The whole table: a few dozen days a year, read once per use. */
    public static WorkingDays load(JdbcTemplate jdbc) {
        Map<LocalDate, String> days = new java.util.HashMap<>();
        jdbc.query("select day, kind from calendar_day", rs -> {
            days.put(rs.getObject(1, LocalDate.class), rs.getString(2));
        });
        return new WorkingDays(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        String exception = exceptions.get(day);
        if (exception != null) {
            return "workday".equals(exception);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code from}: "within two working days" of a Friday
     * counts Monday and Tuesday, whatever {@code from} itself is.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The day itself if it is a working day, else the next working day: a term that ends on a day off
     * ends on the next working day (the order's 14th, 15th, 25th and 10th).
     */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day of the month (п.20). */
    public LocalDate lastWorkingDayOf(java.time.YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!isWorkingDay(d) && d.isAfter(month.atDay(1))) {
            d = d.minusDays(1);
        }
        return d;
    }
}
