package kz.assistant.reimbursement.cli;

import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.deadlines.DeadlinesCommand;
import kz.assistant.reimbursement.deadlines.SignedActCommand;

/**
 * The commands of {@code scripts/reimbursement}, one line each: words, arguments, options and the
 * bean that carries it out. A new command is a line here, its action class and its help in the
 * message bundles ({@code cli.command.<words>} and {@code cli.command.<words>.details}).
 */
public final class Commands {

    /**
     * The monthly order of the jobs: the 14th, the 15th, then the State Corporation's days; the act
     * (by the 25th of M+1, п.21) before the refunds (last working day of M+1, п.20), so each runs on its day.
     */
    public static final List<String> CYCLE_ORDER = List.of("reimbursement-list", "funding-need", "payment-orders",
            "bank-returns", "payment-orders", "reconciliation-act", "return-refunds", "bank-service-report");

    /** Every job, in the order of the cycle: a job name is checked against these before Spring starts. */
    public static final List<String> JOBS = CYCLE_ORDER.stream().distinct().toList();

    /** {@code --mio BIN}: one MIO of the registry (deadlines, record act-signed). */
    public static final OptionSpec MIO = OptionSpec.text("--mio");

    public static final List<CommandSpec> ALL = List.of(
            CommandSpec.of("run", RunCommand.class).argument(ArgumentSpec.JOB).requires(OptionSpec.MONTH).allows(OptionSpec.DATE),
            CommandSpec.of("restart", RunCommand.class).argument(ArgumentSpec.JOB).requires(OptionSpec.MONTH).allows(OptionSpec.DATE),
            CommandSpec.of("cycle", CycleCommand.class).requires(OptionSpec.MONTH).allows(OptionSpec.DATE),
            CommandSpec.of("status", StatusCommand.class).argument(ArgumentSpec.JOB.orNone()).allows(OptionSpec.MONTH),
            CommandSpec.of("reference import", ReferenceImportCommand.class).argument(ArgumentSpec.of("DIR")),
            CommandSpec.of("due", DueCommand.class).argument(ArgumentSpec.JOB).allows(OptionSpec.DATE),
            CommandSpec.of("deadlines", DeadlinesCommand.class).requires(OptionSpec.MONTH).allows(Commands.MIO).allows(OptionSpec.DATE),
            CommandSpec.of("record act-signed", SignedActCommand.class).requires(OptionSpec.MONTH).requires(Commands.MIO)
                    .requires(OptionSpec.DATE),
            CommandSpec.of("console", ConsoleCommand.class)
                    .allows(OptionSpec.number(ConsoleCommand.PORT)).allows(OptionSpec.text(ConsoleCommand.BIND)),
            CommandSpec.of("user add", UserCommands.class).argument(ArgumentSpec.of("NAME")).requires(OptionSpec.text(UserCommands.ROLE)),
            CommandSpec.of("user disable", UserCommands.class).argument(ArgumentSpec.of("NAME")),
            CommandSpec.of("user list", UserCommands.class),
            CommandSpec.of("trace", TraceCommand.class).requires(TraceCommand.ACT).allows(TraceCommand.UNMASKED),
            CommandSpec.of("help", null).argument(ArgumentSpec.of("<command>").orNone()));

    /** Options every command takes; handled by the command line itself. */
    public static final OptionSpec LANG = OptionSpec.text("--lang");
    public static final OptionSpec VERBOSE = OptionSpec.flag("--verbose");
    public static final OptionSpec HELP = OptionSpec.flag("--help");
    public static final List<OptionSpec> COMMON = List.of(LANG, VERBOSE, HELP);

    /** Arguments for Spring Boot itself (settings, logging), passed through untouched. */
    public static final List<String> SPRING_PREFIXES = List.of("--spring.", "--logging.", "--reimbursement.", "--server.", "--debug", "--trace");

    private Commands() {
    }

    /** The command named by the longest run of leading words ("reference import" before "reference"). */
    static Optional<CommandSpec> named(List<String> words) {
        return ALL.stream().filter(c -> words.size() >= c.words().size() && words.subList(0, c.words().size()).equals(c.words()))
                .max((a, b) -> Integer.compare(a.words().size(), b.words().size()));
    }

    static Optional<OptionSpec> option(String name) {
        return ALL.stream().flatMap(CommandSpec::options).filter(o -> o.name().equals(name)).findFirst()
                .or(() -> COMMON.stream().filter(o -> o.name().equals(name)).findFirst());
    }
}
