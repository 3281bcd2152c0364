package kz.assistant.reimbursement.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.ToIntFunction;

import kz.assistant.reimbursement.system.Messages;

/**
 * What happens before Spring starts: the command line is read and checked; help is printed and a
 * mistake refused here (exit 0 and 2), so that neither waits for Spring or the database. Anything
 * else goes on to Spring with the command.
 */
public final class CommandLineStart {

    private CommandLineStart() {
    }

    /**
     * @param spring starts Spring with the command and returns the exit code
     * @return the exit code
     */
    public static int answer(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
                             ToIntFunction<Command> spring) {
        Messages messages = Messages.of(languageOrRussian(args, environment));
        Command command;
        try {
            command = CommandLineParser.parse(args, environment);
            if (command.isHelp()) {
                out.print(new Help(messages).render(command.arguments()));
                return ExitCode.COMPLETED.code();
            }
        } catch (UsageException refused) {
            err.println(messages.get(refused));
            err.println(messages.get("cli.refused.see-help"));
            return ExitCode.USAGE.code();
        }
        return spring.applyAsInt(command);
    }

    private static String languageOrRussian(String[] args, Map<String, String> environment) {
        try {
            return CommandLineParser.language(args, environment);
        } catch (UsageException e) {
            return "ru";
        }
    }
}
