package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.audit.Actor;
import kz.assistant.reimbursement.audit.AuditEntry;
import kz.assistant.reimbursement.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The audit trail: who started, restarted, recovered or was refused which job for which month, and when. */
@Component
public class RunAudit {

    private final AuditTrail trail;

    public RunAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(String action, String job, YearMonth month, Long executionId, String outcome) {
        record(action, job, month, executionId, outcome, null);
    }

    /** With the business date the run stands for (--date, or the date of the run a restart resumes). */
    public void record(String action, String job, YearMonth month, Long executionId, String outcome, LocalDate businessDate) {
        trail.record(startedBy(), Actor.consoleUser().isPresent() ? AuditEntry.CONSOLE : AuditEntry.COMMAND_LINE,
                action, job, month, executionId, outcome, businessDate);
    }

    /** A console user when the console started the run; cron sets REIMBURSEMENT_STARTED_BY=cron (jobs/crontab); an officer is his login. */
    public static String startedBy() {
        if (Actor.consoleUser().isPresent()) {
            return Actor.consoleUser().get();
        }
        String explicit = System.getenv("REIMBURSEMENT_STARTED_BY");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String sudo = System.getenv("SUDO_USER");
        return sudo != null && !sudo.isBlank() ? sudo : System.getProperty("user.name", "unknown");
    }
}
