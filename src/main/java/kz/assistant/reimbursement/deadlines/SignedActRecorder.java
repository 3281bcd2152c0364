package kz.assistant.reimbursement.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import kz.assistant.reimbursement.cli.RunAudit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * п.22: the MIO sends back the reconciliation act signed on paper, an event the system cannot see;
 * {@code scripts/reimbursement record act-signed --month M --mio BIN --date D} records it for the
 * ledger, with the audit trail saying who recorded it.
 */
@Component
public class SignedActRecorder {

    /** What came of a record: whether it was recorded, and the line to print. */
    public record Result(boolean recorded, String message) {
    }

    private final DeadlineRepository repository;
    private final RunAudit audit;
    private final MessageSource messages;

    SignedActRecorder(DeadlineRepository repository, RunAudit audit, MessageSource messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
    }

    public Result record(YearMonth month, String mioBin, LocalDate receivedOn, String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (!repository.isKnownMio(mioBin)) {
            return new Result(false, messages.getMessage("deadlines.signed.unknownMio", new Object[] {mioBin}, locale));
        }
        Optional<LocalDate> act = repository.completedOn("reconciliation-act", month);
        if (act.isEmpty()) {
            return new Result(false, messages.getMessage("deadlines.signed.noAct", new Object[] {month}, locale));
        }
        if (receivedOn.isBefore(act.get())) {
            return new Result(false, messages.getMessage("deadlines.signed.beforeAct", new Object[] {receivedOn, act.get()}, locale));
        }
        repository.recordSignedAct(month, mioBin, receivedOn, RunAudit.startedBy());
        audit.record("record", "act-signed", month, null, "MIO " + mioBin + " signed act received", receivedOn);
        return new Result(true, messages.getMessage("deadlines.signed.recorded", new Object[] {month, mioBin, receivedOn}, locale));
    }
}
