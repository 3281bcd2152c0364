package kz.assistant.reimbursement.cli;

import org.springframework.stereotype.Component;

/** {@code cycle --month M}: every job of the month in the order of the cycle, stopping at the first that fails. */
@Component
class CycleCommand implements CommandAction {

    private final RunCommand run;

    CycleCommand(RunCommand run) {
        this.run = run;
    }

    @Override
    public ExitCode execute(Command command) {
        for (String job : Commands.CYCLE_ORDER) {
            ExitCode code = run.run(job, command.month(), false);
            if (code != ExitCode.COMPLETED && code != ExitCode.ALREADY_COMPLETED) {
                return code;
            }
        }
        return ExitCode.COMPLETED;
    }
}
