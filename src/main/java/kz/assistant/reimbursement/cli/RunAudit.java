package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The audit trail: who started, restarted, recovered or was refused which job for which month, and when. */
@Component
public class RunAudit {

    private final JdbcTemplate jdbc;

    public RunAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String job, YearMonth month, Long executionId, String outcome) {
        record(action, job, month, executionId, outcome, null);
    }

    /** With the business date the run stands for (--date, or the date of the run a restart resumes). */
    public void record(String action, String job, YearMonth month, Long executionId, String outcome, LocalDate businessDate) {
        jdbc.update("insert into run_audit (action, job_name, cycle_month, job_execution_id, started_by, outcome, business_date) values (?, ?, ?, ?, ?, ?, ?)",
                action, job, month == null ? null : month.toString(), executionId, startedBy(), outcome, businessDate);
    }

    /** cron sets REIMBURSEMENT_STARTED_BY=cron (jobs/crontab); an officer is his login. */
    public static String startedBy() {
        String explicit = System.getenv("REIMBURSEMENT_STARTED_BY");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String sudo = System.getenv("SUDO_USER");
        return sudo != null && !sudo.isBlank() ? sudo : System.getProperty("user.name", "unknown");
    }
}
