package kz.assistant.reimbursement.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The one home of what a job of the month reads from its parameters: the cycle month (identifying)
 * and the business date (not identifying, {@link BusinessDate}). Step-scoped beans take them as
 * {@code @Value(CycleParameters.MONTH) YearMonth month} and {@code @Value(CycleParameters.DATE) LocalDate date}.
 */
public final class CycleParameters {

    /** The identifying job parameter: the cycle month as YYYY-MM. */
    public static final String MONTH_PARAMETER = "month";
    /** The cycle month of the step's job, as a {@link YearMonth}. */
    public static final String MONTH = "#{T(kz.assistant.reimbursement.system.CycleParameters).month(jobParameters)}";
    /** The business date of the step's job, as a {@link LocalDate}. */
    public static final String DATE = "#{T(kz.assistant.reimbursement.system.BusinessDate).of(jobParameters)}";

    private CycleParameters() {
    }

    public static YearMonth month(Map<String, ?> jobParameters) {
        return YearMonth.parse(String.valueOf(jobParameters.get(MONTH_PARAMETER)));
    }

    public static YearMonth month(JobParameters parameters) {
        return YearMonth.parse(parameters.getString(MONTH_PARAMETER));
    }

    public static LocalDate date(JobParameters parameters) {
        return BusinessDate.of(parameters);
    }
}
