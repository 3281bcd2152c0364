package kz.assistant.reimbursement.inbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of the value forms formats.md allows: decimals with . or ,; dates YYYY-MM-DD or DD.MM.YYYY; months YYYY-MM. */
public final class InputValues {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    // Compiled once: String.matches compiles its pattern on every call, several times per act.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private InputValues() {
    }

    public static Optional<BigDecimal> decimal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = text.strip().replace(" ", "").replace("\u00A0", "").replace(',', '.');
        if (!DECIMAL.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normalized));
    }

    public static Optional<Integer> integer(String text) {
        if (text == null || !INTEGER.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }

    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value, value.contains(".") ? DOTTED_DATE : ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip(), MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** true/false as OOP writes them; also 1/0 and да/нет, which operators type by hand. */
    public static Optional<Boolean> flag(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase()) {
            case "true", "1", "да", "yes" -> Optional.of(true);
            case "false", "0", "нет", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
