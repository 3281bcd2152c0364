package kz.assistant.reimbursement.cli;

import java.util.Optional;

import kz.assistant.reimbursement.system.Messages;
import kz.assistant.reimbursement.trace.ActTrace;
import kz.assistant.reimbursement.trace.ActTraceService;
import kz.assistant.reimbursement.trace.ActTraceText;
import org.springframework.stereotype.Component;

/** {@code trace --act NUMBER [--unmasked]}: an act's whole path; --unmasked shows personal data and is written to the audit trail. */
@Component
class TraceCommand implements CommandAction {

    static final OptionSpec ACT = OptionSpec.text("--act");
    static final OptionSpec UNMASKED = OptionSpec.flag("--unmasked");

    private final ActTraceService traces;
    private final Messages messages;
    private final RunAudit audit;

    TraceCommand(ActTraceService traces, Messages messages, RunAudit audit) {
        this.traces = traces;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public ExitCode execute(Command command) {
        String act = command.text(ACT.name());
        boolean unmasked = command.flag(UNMASKED.name());
        Optional<ActTrace> trace = traces.trace(act);
        if (trace.isEmpty()) {
            System.out.println(messages.get("trace.not-found", act));
            return ExitCode.USAGE;
        }
        if (unmasked) {
            // Who saw an act's personal data in full, and when (п.24).
            ActTrace t = trace.get();
            String cycle = t.record() != null ? t.record().cycleMonth() : t.intakes().get(0).cycleMonth();
            audit.record("trace-unmasked", null, java.time.YearMonth.parse(cycle), null, "act " + act);
        }
        new ActTraceText(messages).lines(trace.get(), unmasked).forEach(System.out::println);
        return ExitCode.COMPLETED;
    }
}
