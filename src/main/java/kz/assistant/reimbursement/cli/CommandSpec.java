package kz.assistant.reimbursement.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One command of {@code scripts/reimbursement} as {@link Commands} lists it: its words, arguments and
 * options (checked before Spring starts), its help (the message {@code cli.command.<words>}) and the
 * bean that carries it out.
 *
 * @param name     the command's words: "status", "reference import"
 * @param action   the Spring bean that carries it out; only that bean and what it uses are created
 */
public record CommandSpec(String name, List<ArgumentSpec> arguments, List<OptionSpec> required,
                          List<OptionSpec> optional, Class<? extends CommandAction> action) {

    public static CommandSpec of(String name, Class<? extends CommandAction> action) {
        return new CommandSpec(name, List.of(), List.of(), List.of(), action);
    }

    public CommandSpec argument(ArgumentSpec argument) {
        return new CommandSpec(name, plus(arguments, argument), required, optional, action);
    }

    public CommandSpec requires(OptionSpec option) {
        return new CommandSpec(name, arguments, plus(required, option), optional, action);
    }

    public CommandSpec allows(OptionSpec option) {
        return new CommandSpec(name, arguments, required, plus(optional, option), action);
    }

    public List<String> words() {
        return List.of(name.split(" "));
    }

    public Stream<OptionSpec> options() {
        return Stream.concat(required.stream(), optional.stream());
    }

    /** {@code reimbursement run <job> --month YYYY-MM [--date YYYY-MM-DD]} */
    public String synopsis() {
        StringBuilder line = new StringBuilder("reimbursement ").append(name);
        arguments.forEach(a -> line.append(' ').append(a.synopsis()));
        required.forEach(o -> line.append(' ').append(o.synopsis()));
        optional.forEach(o -> line.append(" [").append(o.synopsis()).append(']'));
        return line.toString();
    }

    /** The key of this command's one-line help; {@code .details} after it is the longer text of {@code help <command>}. */
    public String helpKey() {
        return "cli.command." + name.replace(' ', '.');
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return List.copyOf(more);
    }
}
