package kz.assistant.reimbursement.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The business date of a run: the day the run stands for, whatever day the machine runs it. Every
 * document, deadline and state change of the run takes its date from here, never from the clock, so
 * a catch-up run of a past month carries only that month's days (docs/decisions.md, "Business date").
 * It is the job parameter {@value #PARAMETER}, a {@link LocalDate} that does not identify the job
 * instance: a restart resumes the same instance and keeps the date of the run it resumes.
 */
public final class BusinessDate {

    /** The job parameter's name. */
    public static final String PARAMETER = "date";
    /** Deadlines run by the calendar of Kazakhstan, whatever the server's zone. */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    /** п.6: the month's first job forms the list on the 14th; no run of the month stands for an earlier day. */
    public static final int FIRST_DAY_OF_CYCLE = 14;

    private BusinessDate() {
    }

    /** Today in Asia/Almaty: the default when a run is not given {@code --date}. */
    public static LocalDate today() {
        return LocalDate.now(KAZAKHSTAN);
    }

    /**
     * The moment a state change or a document of business day {@code date} carries: that day at the time
     * of day it happens, so the changes of one run keep their order and none shows the machine's date.
     */
    public static OffsetDateTime timestamp(LocalDate date) {
        return date.atTime(LocalTime.now(KAZAKHSTAN)).atZone(KAZAKHSTAN).toOffsetDateTime();
    }

    /** The business date of a job's parameters; a run from before the parameter existed stands for today. */
    public static LocalDate of(JobParameters parameters) {
        JobParameter<?> parameter = parameters.getParameter(PARAMETER);
        return parameter == null ? today() : (LocalDate) parameter.value();
    }

    /** The same from the step scope's {@code #{jobParameters}} map. */
    public static LocalDate of(Map<String, ?> jobParameters) {
        Object value = jobParameters.get(PARAMETER);
        return value == null ? today() : value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
    }

    /**
     * Why a run of cycle {@code month} cannot stand for {@code date}, if it cannot: the month's work starts
     * on its 14th (п.6) and a date more than a year after it is a typing error rather than a late run.
     */
    public static Optional<String> refusal(YearMonth month, LocalDate date) {
        LocalDate first = month.atDay(FIRST_DAY_OF_CYCLE);
        if (date.isBefore(first)) {
            return Optional.of("--date " + date + " is before the cycle of " + month + " begins on " + first
                    + " (п.6: the list is formed on the 14th); give a date from " + first);
        }
        if (date.isAfter(first.plusYears(1))) {
            return Optional.of("--date " + date + " is more than a year after the cycle of " + month + " began on " + first
                    + "; give a date up to " + first.plusYears(1));
        }
        return Optional.empty();
    }
}
