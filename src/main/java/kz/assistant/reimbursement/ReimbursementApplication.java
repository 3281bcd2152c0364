package kz.assistant.reimbursement;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line of the monthly reimbursement cycle: see {@link Command} and README.md. */
@SpringBootApplication
@EnableConfigurationProperties(ReimbursementProperties.class)
public class ReimbursementApplication {

    public static void main(String[] args) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (Command.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(Command.USAGE);
            System.exit(ExitCode.USAGE.code());
            return;
        }
        // The command goes to the context as a bean, not as Spring arguments: "--month 2026-03" is ours.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReimbursementApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("command", command))
                .run();
        System.exit(SpringApplication.exit(context));
    }
}
