package kz.assistant.reimbursement.deadlines;

import java.time.LocalDate;
import java.util.Optional;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.CommandAction;
import kz.assistant.reimbursement.cli.Commands;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.system.BusinessDate;
import org.springframework.stereotype.Component;

/** {@code deadlines --month M [--mio BIN] [--date D]}: the month's ledger by point, per MIO, as of D (default today). */
@Component
public class DeadlinesCommand implements CommandAction {

    private final DeadlineLedger ledger;
    private final DeadlineLedgerText text;

    DeadlinesCommand(DeadlineLedger ledger, DeadlineLedgerText text) {
        this.ledger = ledger;
        this.text = text;
    }

    @Override
    public ExitCode execute(Command command) {
        LocalDate asOf = command.date() == null ? BusinessDate.today() : command.date();
        System.out.print(text.render(ledger.of(command.month(), asOf, Optional.ofNullable(command.text(Commands.MIO.name()))),
                command.month(), asOf, command.language()));
        return ExitCode.COMPLETED;
    }
}
