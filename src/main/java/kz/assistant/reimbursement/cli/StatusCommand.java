package kz.assistant.reimbursement.cli;

import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.springframework.stereotype.Component;

/** {@code status [<job>] [--month M]}: what ran, what failed and the command that resumes it. */
@Component
class StatusCommand implements CommandAction {

    private final StatusReport status;
    private final ReimbursementProperties properties;

    StatusCommand(StatusReport status, ReimbursementProperties properties) {
        this.status = status;
        this.properties = properties;
    }

    @Override
    public ExitCode execute(Command command) {
        System.out.print(status.render(command.job() == null ? Commands.JOBS : java.util.List.of(command.job()),
                command.month(), properties.language()));
        return ExitCode.COMPLETED;
    }
}
