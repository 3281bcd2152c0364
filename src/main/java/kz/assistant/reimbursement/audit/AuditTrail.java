package kz.assistant.reimbursement.audit;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The one audit trail (table run_audit) that the command line and the console both write and the console shows. */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;

    public AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public void record(String user, String channel, String action, String job, YearMonth month, Long executionId, String outcome) {
        record(user, channel, action, job, month, executionId, outcome, null);
    }

    public void record(String user, String channel, String action, String job, YearMonth month, Long executionId, String outcome,
                       LocalDate businessDate) {
        entries.save(new AuditEntry(action, job, month == null ? null : month.toString(), executionId, user, outcome, channel, businessDate));
    }

    /** A console user's action (login, upload, download, trace search). */
    public void console(String user, String action, YearMonth month, String outcome) {
        record(user, AuditEntry.CONSOLE, action, null, month, null, outcome);
    }

    /** What the run's end recorded (e.g. "FAILED: psu-acts.csv, line 3: ..."), the reason an officer reads. */
    public java.util.Optional<String> finishOf(long executionId) {
        return entries.findFirstByJobExecutionIdAndActionOrderByIdDesc(executionId, "finish").map(AuditEntry::getOutcome);
    }

    public Page<AuditEntry> latest(int page, int size) {
        return entries.findAllByOrderByIdDesc(PageRequest.of(page, size));
    }

    public Page<AuditEntry> ofMonth(YearMonth month, int page, int size) {
        return entries.findByCycleMonthOrderByIdDesc(month.toString(), PageRequest.of(page, size));
    }
}
