package kz.assistant.reimbursement.cli;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Carries out the {@link Command} given to {@code scripts/reimbursement} by its action bean (see
 * {@link Commands}) and sets the exit code. Without a command (tests) it does nothing.
 */
@Component
public class ReimbursementCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<Command> command;
    private final ApplicationContext context;
    private int exitCode;

    public ReimbursementCommandLine(ObjectProvider<Command> command, ApplicationContext context) {
        this.command = command;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Command given = command.getIfAvailable();
        if (given == null) {
            return;
        }
        exitCode = context.getBean(given.spec().action()).execute(given).code();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
