package kz.assistant.reimbursement;

import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.CommandLineStart;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.ConsoleCommand;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line of the monthly reimbursement cycle: see {@link kz.assistant.reimbursement.cli.Commands} and README.md. */
@SpringBootApplication
@EnableConfigurationProperties(ReimbursementProperties.class)
public class ReimbursementApplication {

    public static void main(String[] args) {
        System.exit(CommandLineStart.answer(args, System.getenv(), System.out, System.err, ReimbursementApplication::start));
    }

    private static int start(Command command) {
        // The command goes to the context as a bean; only Spring's own arguments (--spring.*, --logging.*) go to Spring.
        List<String> springArguments = new ArrayList<>(command.springArguments());
        if (springArguments.stream().noneMatch(a -> a.startsWith("--reimbursement.language="))) {
            springArguments.add("--reimbursement.language=" + command.language());
        }
        boolean console = command.name().equals(ConsoleCommand.NAME);
        if (console) {
            springArguments.addAll(ConsoleCommand.springArguments(command));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReimbursementApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("command", command))
                .run(springArguments.toArray(String[]::new));
        if (console && context.isActive()) {
            ConsoleCommand.serveUntilStopped(context);
            return ExitCode.COMPLETED.code();
        }
        return SpringApplication.exit(context);
    }
}
