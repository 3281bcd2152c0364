package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.reference.WorkingDays;

/**
 * Which cycle months a job has to run for on a given day (jobs/crontab calls every job on each day it
 * might be due; this decides). Working days come from the calendar imported with
 * {@code reference import}, so a new year's calendar reaches the schedule as soon as it is loaded.
 * <pre>
 * reimbursement-list   the 14th                                   M = this month
 * funding-need         the 15th                                   M = this month
 * bank-returns,        every working day                          M = last month, and this month from the 15th
 * payment-orders
 * return-refunds       the last working day of the month          M = last month (п.20)
 * reconciliation-act   the last working day on or before the 25th M = last month (п.21)
 * bank-service-report  the last working day of the month          M = last month (after the refunds)
 * </pre>
 */
public final class CronSchedule {

    /**
     * @param months    the cycle months to run the job for; empty when nothing is due
     * @param reason    why nothing is due: a key of the message bundles ({@code cli.due.not.*}), null when due
     * @param arguments the reason's arguments
     */
    public record Due(List<YearMonth> months, String reason, List<Object> arguments) {
        static Due of(YearMonth... months) {
            return new Due(List.of(months), null, List.of());
        }

        static Due not(String reason, Object... arguments) {
            return new Due(List.of(), reason, List.of(arguments));
        }

        public boolean isDue() {
            return !months.isEmpty();
        }
    }

    private final WorkingDays workingDays;

    public CronSchedule(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Due due(String job, LocalDate day) {
        YearMonth thisMonth = YearMonth.from(day);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        return switch (job) {
            case "reimbursement-list" -> day.getDayOfMonth() == 14 ? Due.of(thisMonth) : Due.not("cli.due.not.list");
            case "funding-need" -> day.getDayOfMonth() == 15 ? Due.of(thisMonth) : Due.not("cli.due.not.need");
            case "bank-returns", "payment-orders" -> {
                if (!workingDays.isWorkingDay(day)) {
                    yield Due.not("cli.due.not.working-day", day.toString());
                }
                yield day.getDayOfMonth() >= 15 ? Due.of(lastMonth, thisMonth) : Due.of(lastMonth);
            }
            case "return-refunds" -> onLastWorkingDay(day, thisMonth.atEndOfMonth(), lastMonth, "cli.due.not.refunds");
            case "reconciliation-act" -> onLastWorkingDay(day, thisMonth.atDay(25), lastMonth, "cli.due.not.act");
            case "bank-service-report" -> onLastWorkingDay(day, thisMonth.atEndOfMonth(), lastMonth, "cli.due.not.report");
            default -> throw new IllegalArgumentException("unknown job " + job);
        };
    }

    private Due onLastWorkingDay(LocalDate day, LocalDate latest, YearMonth cycle, String rule) {
        LocalDate last = latest;
        while (!workingDays.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        return day.equals(last) ? Due.of(cycle) : Due.not(rule, last.toString());
    }
}
