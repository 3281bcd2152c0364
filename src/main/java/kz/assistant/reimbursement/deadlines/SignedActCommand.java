package kz.assistant.reimbursement.deadlines;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.CommandAction;
import kz.assistant.reimbursement.cli.Commands;
import kz.assistant.reimbursement.cli.ExitCode;
import org.springframework.stereotype.Component;

/** {@code record act-signed --month M --mio BIN --date D}: п.22's event, the signed act back from the MIO. */
@Component
public class SignedActCommand implements CommandAction {

    private final SignedActRecorder recorder;

    SignedActCommand(SignedActRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public ExitCode execute(Command command) {
        SignedActRecorder.Result result = recorder.record(command.month(), command.text(Commands.MIO.name()), command.date(), command.language());
        System.out.println(result.message());
        return result.recorded() ? ExitCode.COMPLETED : ExitCode.USAGE;
    }
}
