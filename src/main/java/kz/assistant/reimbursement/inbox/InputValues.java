package kz.assistant.reimbursement.inbox;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of the value forms docs/file-contract.md allows: decimals with . or ,; dates YYYY-MM-DD or DD.MM.YYYY; months YYYY-MM. */
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
            // YYYY-MM-DD, the form PSU writes, without the formatter (a tenth of reading a million acts);
            // LocalDate.of refuses what the strict formatter refuses (month 13, 30 February).
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
                return Optional.of(LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10)));
            }
            return Optional.of(LocalDate.parse(value, value.contains(".") ? DOTTED_DATE : ISO_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.length() == 7 && value.charAt(4) == '-' && digits(value, 0, 4) && digits(value, 5, 7)) {
                return Optional.of(YearMonth.of(number(value, 0, 4), number(value, 5, 7)));
            }
            return Optional.of(YearMonth.parse(value, MONTH));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
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
