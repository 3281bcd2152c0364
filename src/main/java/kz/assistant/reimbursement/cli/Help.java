package kz.assistant.reimbursement.cli;

import java.util.List;

import kz.assistant.reimbursement.system.Messages;

/**
 * {@code --help} and {@code help <command>}, written from {@link Commands} and the message bundles,
 * without Spring: every command with its line of help, or one command with its options.
 */
final class Help {

    private final Messages messages;

    Help(Messages messages) {
        this.messages = messages;
    }

    /** Help on the words given (none: every command); an unknown command is refused. */
    String render(List<String> words) {
        if (words.isEmpty()) {
            return overview();
        }
        CommandSpec spec = Commands.named(words).filter(c -> c.words().size() == words.size() && c.action() != null)
                .orElseThrow(() -> new UsageException("cli.refused.unknown-command", String.join(" ", words)));
        return ofCommand(spec);
    }

    String overview() {
        StringBuilder out = new StringBuilder(messages.get("cli.help.title")).append("\n\n")
                .append(messages.get("cli.help.commands")).append('\n');
        for (CommandSpec spec : Commands.ALL) {
            if (spec.action() != null) {
                out.append("  ").append(spec.synopsis()).append('\n')
                        .append("      ").append(messages.get(spec.helpKey())).append('\n');
            }
        }
        out.append("  reimbursement help <command>\n      ").append(messages.get("cli.command.help")).append("\n\n");
        common(out);
        return out.append(footer()).toString();
    }

    String ofCommand(CommandSpec spec) {
        StringBuilder out = new StringBuilder(spec.synopsis()).append("\n\n")
                .append(messages.get(spec.helpKey())).append('\n')
                .append(messages.get(spec.helpKey() + ".details")).append("\n\n");
        if (spec.options().findAny().isPresent()) {
            out.append(messages.get("cli.help.options")).append('\n');
            spec.options().forEach(o -> option(out, o));
            out.append('\n');
        }
        common(out);
        return out.append(footer()).toString();
    }

    private void common(StringBuilder out) {
        out.append(messages.get("cli.help.common-options")).append('\n');
        out.append(String.format("  %-24s %s%n", "--lang ru|kk|en", messages.get(Commands.LANG.helpKey())));
        option(out, Commands.VERBOSE);
        option(out, Commands.HELP);
        out.append(String.format("  %-24s %s%n", "--spring.*, --logging.*", messages.get("cli.option.spring")));
        out.append('\n');
    }

    private void option(StringBuilder out, OptionSpec option) {
        out.append(String.format("  %-24s %s%n", option.synopsis(), messages.get(option.helpKey())));
    }

    private String footer() {
        return messages.get("cli.help.jobs", String.join(", ", Commands.JOBS)) + "\n"
                + messages.get("cli.help.environment") + "\n"
                + messages.get("cli.help.exit-codes") + "\n";
    }
}
