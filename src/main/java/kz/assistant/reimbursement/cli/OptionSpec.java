package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * An option of a command ({@code --month 2026-03}, {@code --unmasked}): its name and the kind of
 * value it takes, checked before Spring starts. Its help is the message {@code cli.option.<name>}.
 */
public record OptionSpec(String name, Kind kind) {

    /** What an option's value must be; a flag takes none. */
    public enum Kind {
        MONTH("YYYY-MM"), DATE("YYYY-MM-DD"), NUMBER("N"), TEXT("TEXT"), FLAG("");

        private final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }
    }

    public static final OptionSpec MONTH = new OptionSpec("--month", Kind.MONTH);
    public static final OptionSpec DATE = new OptionSpec("--date", Kind.DATE);

    public static OptionSpec flag(String name) {
        return new OptionSpec(name, Kind.FLAG);
    }

    public static OptionSpec number(String name) {
        return new OptionSpec(name, Kind.NUMBER);
    }

    public static OptionSpec text(String name) {
        return new OptionSpec(name, Kind.TEXT);
    }

    /** {@code --month YYYY-MM}, as usage and help show it. */
    public String synopsis() {
        return kind == Kind.FLAG ? name : name + " " + kind.placeholder();
    }

    /** The key of this option's one-line help. */
    public String helpKey() {
        return "cli.option." + name.substring(2);
    }

    /** The value as its kind's type (YearMonth, LocalDate, Long, String, Boolean), or a refusal naming the option. */
    Object parse(String value) {
        try {
            return switch (kind) {
                case MONTH -> YearMonth.parse(value);
                case DATE -> LocalDate.parse(value);
                case NUMBER -> Long.valueOf(value);
                case TEXT -> value;
                case FLAG -> Boolean.TRUE;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UsageException("cli.refused.option-value", name, kind.placeholder(), value);
        }
    }
}
