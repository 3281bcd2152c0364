package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A command line of {@code scripts/reimbursement}, understood and checked before Spring starts (see
 * {@link Commands} for the commands and {@link CommandLineParser} for the rules).
 *
 * @param spec            which command
 * @param arguments       the words after the command's own, in order
 * @param options         the options given, by name, as their kinds' types (YearMonth, LocalDate, Long, String, Boolean)
 * @param language        ru, kk or en: {@code --lang}, else {@code REIMBURSEMENT_LANG}, else ru
 * @param verbose         {@code --verbose}: stack traces on the console too
 * @param springArguments {@code --spring.*}, {@code --logging.*}, … for Spring Boot
 */
public record Command(CommandSpec spec, List<String> arguments, Map<String, Object> options, String language,
                      boolean verbose, List<String> springArguments) {

    public static Command parse(String[] args) {
        return CommandLineParser.parse(args, System.getenv());
    }

    public String name() {
        return spec.name();
    }

    public boolean isHelp() {
        return spec.action() == null;
    }

    /** The job argument, or null when the command takes none (or an optional one was not given). */
    public String job() {
        for (int i = 0; i < spec.arguments().size() && i < arguments.size(); i++) {
            if (spec.arguments().get(i).job()) {
                return arguments.get(i);
            }
        }
        return null;
    }

    public String argument(int index) {
        return index < arguments.size() ? arguments.get(index) : null;
    }

    public YearMonth month() {
        return (YearMonth) options.get(OptionSpec.MONTH.name());
    }

    public LocalDate date() {
        return (LocalDate) options.get(OptionSpec.DATE.name());
    }

    public Long number(String option) {
        return (Long) options.get(option);
    }

    public String text(String option) {
        return (String) options.get(option);
    }

    public boolean flag(String option) {
        return Boolean.TRUE.equals(options.get(option));
    }
}
