package kz.assistant.reimbursement.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order of a month's jobs (п.12: the 15th works on what the 14th formed): a job of month M starts
 * only when the jobs it builds on have completed for M. A prerequisite still running, failed or never
 * run holds it back, so a need formed before the list cannot take none of the month's records and
 * close the month (issue 16 п.10). A refund run before п.20's day (exit status NOT DUE) has not
 * refunded anything and does not count as done.
 */
@Component
public class JobPrerequisites {

    /** Each job's prerequisites for the same cycle month, with the point of the order that makes them so. */
    static final Map<String, List<String>> PREREQUISITES = Map.of(
            "funding-need", List.of("reimbursement-list"),
            "payment-orders", List.of("funding-need"),
            "bank-returns", List.of("payment-orders"),
            "reconciliation-act", List.of("payment-orders"),
            "return-refunds", List.of("payment-orders", "bank-returns"),
            "bank-service-report", List.of("reconciliation-act", "return-refunds"));

    private final JdbcTemplate jdbc;

    public JobPrerequisites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static List<String> of(String job) {
        return PREREQUISITES.getOrDefault(job, List.of());
    }

    /** The first prerequisite of {@code job} that has not completed for {@code month}, if any. */
    public Optional<String> missing(String job, YearMonth month) {
        return of(job).stream().filter(before -> !completed(before, month)).findFirst();
    }

    /** Whether some run of {@code job} for {@code month} completed (a daily job: any of its runs). */
    public boolean completed(String job, YearMonth month) {
        Boolean done = jdbc.queryForObject("""
                select exists (
                  select 1 from batch_job_execution e
                  join batch_job_instance i on i.job_instance_id = e.job_instance_id
                  join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                    and p.parameter_name = 'month' and p.parameter_value = ?
                  where i.job_name = ? and e.status = 'COMPLETED'
                    and not exists (select 1 from batch_step_execution s
                                    where s.job_execution_id = e.job_execution_id and s.exit_code = 'NOT DUE'))
                """, Boolean.class, month.toString(), job);
        return Boolean.TRUE.equals(done);
    }

    /** The one line a refused start prints. */
    static String refusal(String job, YearMonth month, String missing) {
        return job + " " + month + " NOT started: " + missing + " " + month + " must complete first (run: scripts/reimbursement run "
                + missing + " --month " + month + ")";
    }
}
