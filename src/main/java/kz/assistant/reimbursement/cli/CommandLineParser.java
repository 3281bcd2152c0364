package kz.assistant.reimbursement.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.system.Messages;

/**
 * Reads a command line against {@link Commands} without Spring: an unknown command, option or job,
 * a bad month, date or number, or a missing argument is refused at once ({@link UsageException}),
 * before the database or Spring starts. {@code --help} anywhere asks for help on the command given.
 */
final class CommandLineParser {

    private CommandLineParser() {
    }

    static Command parse(String[] args, Map<String, String> environment) {
        String language = language(args, environment);
        List<String> words = new ArrayList<>();
        Map<String, Object> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (Commands.SPRING_PREFIXES.stream().anyMatch(arg::startsWith)) {
                spring.add(arg);
            } else if (arg.equals("-h")) {
                options.put(Commands.HELP.name(), Boolean.TRUE);
            } else if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                OptionSpec option = Commands.option(name).orElseThrow(() -> new UsageException("cli.refused.unknown-option", name));
                String value;
                if (option.kind() == OptionSpec.Kind.FLAG) {
                    value = "";
                } else if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("cli.refused.option-value", name, option.kind().placeholder(), "");
                }
                options.put(name, option.parse(value));
            } else {
                words.add(arg);
            }
        }
        boolean verbose = options.containsKey(Commands.VERBOSE.name());
        if (options.containsKey(Commands.HELP.name()) && (words.isEmpty() || !words.get(0).equals("help"))) {
            words.add(0, "help");
        }
        if (words.isEmpty()) {
            throw new UsageException("cli.refused.no-command");
        }
        CommandSpec spec = Commands.named(words).orElseThrow(() -> new UsageException("cli.refused.unknown-command", words.get(0)));
        List<String> arguments = List.copyOf(words.subList(spec.words().size(), words.size()));
        if (spec.action() == null) {
            // help [<command words>]: any words; unknown ones are refused by the help itself
            return new Command(spec, arguments, Map.of(), language, verbose, List.copyOf(spring));
        }
        check(spec, arguments, options);
        Commands.COMMON.forEach(o -> options.remove(o.name()));
        return new Command(spec, arguments, Map.copyOf(options), language, verbose, List.copyOf(spring));
    }

    private static void check(CommandSpec spec, List<String> arguments, Map<String, Object> options) {
        long least = spec.arguments().stream().filter(a -> !a.optional()).count();
        if (arguments.size() < least || arguments.size() > spec.arguments().size()) {
            throw new UsageException("cli.refused.arguments", spec.name(), spec.synopsis());
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (spec.arguments().get(i).job() && !Commands.JOBS.contains(arguments.get(i))) {
                throw new UsageException("cli.refused.unknown-job", arguments.get(i), String.join(", ", Commands.JOBS));
            }
        }
        for (String given : options.keySet()) {
            boolean common = Commands.COMMON.stream().anyMatch(o -> o.name().equals(given));
            if (!common && spec.options().noneMatch(o -> o.name().equals(given))) {
                throw new UsageException("cli.refused.option-not-for", given, spec.name(), spec.synopsis());
            }
        }
        for (OptionSpec needed : spec.required()) {
            if (!options.containsKey(needed.name())) {
                throw new UsageException("cli.refused.option-missing", spec.name(), needed.synopsis(), spec.synopsis());
            }
        }
    }

    /** {@code --lang} wins over {@code REIMBURSEMENT_LANG}; Russian when neither is given. */
    static String language(String[] args, Map<String, String> environment) {
        String language = environment.getOrDefault("REIMBURSEMENT_LANG", "");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                language = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
            }
        }
        if (language.isBlank()) {
            return "ru";
        }
        if (!Messages.LANGUAGES.contains(language)) {
            throw new UsageException("cli.refused.language", language, String.join(", ", Messages.LANGUAGES));
        }
        return language;
    }
}
