package kz.assistant.reimbursement.audit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail: who did what, for which job and month, through the command line or
 * the console, and what came of it. Never holds personal data: an IIN searched in the trace is not
 * written, only that a search was made.
 */
@Entity
@Table(name = "run_audit")
public class AuditEntry {

    public static final String COMMAND_LINE = "command line";
    public static final String CONSOLE = "console";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, insertable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "job_name", length = 100)
    private String jobName;

    @Column(name = "cycle_month", length = 7)
    private String cycleMonth;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    private String outcome;

    @Column(nullable = false, length = 16)
    private String channel;

    /** The business date the run stands for (--date), for runs of jobs. */
    @Column(name = "business_date")
    private LocalDate businessDate;

    protected AuditEntry() {
    }

    public AuditEntry(String action, String jobName, String cycleMonth, Long jobExecutionId, String startedBy,
                      String outcome, String channel, LocalDate businessDate) {
        this.action = action;
        this.jobName = jobName;
        this.cycleMonth = cycleMonth;
        this.jobExecutionId = jobExecutionId;
        this.startedBy = startedBy;
        this.outcome = outcome;
        this.channel = channel;
        this.businessDate = businessDate;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getJobName() {
        return jobName;
    }

    public String getCycleMonth() {
        return cycleMonth;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getChannel() {
        return channel;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }
}
