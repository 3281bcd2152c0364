package kz.assistant.reimbursement.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.DeliveredFiles;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.reference.WorkingDays;
import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day of the order on which {@code cycle} runs each job of month M, so that a catch-up of a past
 * month carries that month's days (docs/decisions.md, "Business date"): the list on the 14th (п.6), the
 * need on the 15th (п.12), the State Corporation's jobs moved to the next working day, payments on the day the last MIO money of the inbox arrived (п.16), returns and
 * new details on the latest day of their files (п.17–19), the reconciliation act on the last working day
 * up to the 25th of M+1 (п.21), refunds on the last working day of M+1 (п.20), and the bank-service
 * report with them (п.23). A day never precedes the day of the job before it.
 */
@Component
public class CycleSchedule {

    private final JdbcTemplate jdbc;
    private final DeliveredFiles delivered;
    private final HomeFolder home;

    public CycleSchedule(JdbcTemplate jdbc, HomeFolder home) {
        this.jdbc = jdbc;
        this.delivered = new DeliveredFiles(jdbc);
        this.home = home;
    }

    /** The day {@code job} of month M stands for, when the job before it stood for {@code previous} (or null). */
    public LocalDate dayOf(String job, YearMonth month, LocalDate previous) {
        WorkingDays calendar = WorkingDays.load(jdbc);
        LocalDate day = switch (job) {
            case "reimbursement-list" -> month.atDay(BusinessDate.FIRST_DAY_OF_CYCLE);
            case "funding-need" -> workingDayOnOrAfter(calendar, month.atDay(15));
            case "payment-orders" -> latest(month, "mio-transfers", "mio-transfers*.csv", "payment_order_date").orElse(previous);
            case "bank-returns" -> later(latest(month, "bank-returns", "bank-returns*.csv", "returned_on").orElse(previous),
                    latest(month, "psu-requisites", "psu-requisites*.csv", "changed_on").orElse(previous));
            case "reconciliation-act" -> workingDayOnOrBefore(calendar, month.plusMonths(1).atDay(25));
            case "return-refunds", "bank-service-report" -> workingDayOnOrBefore(calendar, month.plusMonths(1).atEndOfMonth());
            default -> previous;
        };
        day = later(day, previous);
        // E-Sobes forms the list by itself on the 14th (п.6); the State Corporation's work is done on working days.
        return job.equals("reimbursement-list") ? day : workingDayOnOrAfter(calendar, day);
    }

    private static LocalDate workingDayOnOrAfter(WorkingDays calendar, LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate workingDayOnOrBefore(WorkingDays calendar, LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The latest valid date of {@code column} in the month's files of {@code kind} not read yet. */
    private Optional<LocalDate> latest(YearMonth month, String kind, String glob, String column) {
        Path inbox = home.inbox(month);
        LocalDate latest = null;
        for (DeliveredFiles.Delivered file : delivered.unread(kind, inbox, glob)) {
            try (CsvInputFile csv = CsvInputFile.open(file.path(), List.of(column))) {
                for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
                    Optional<LocalDate> date = InputValues.date(row.get(column));
                    if (date.isPresent() && !BusinessDate.refusal(month, date.get()).isPresent()) {
                        latest = later(date.get(), latest);
                    }
                }
            } catch (RuntimeException | java.io.IOException unreadable) {
                // The job itself reports a file it cannot read, with its line; the schedule just skips it.
            }
        }
        return Optional.ofNullable(latest);
    }
}
