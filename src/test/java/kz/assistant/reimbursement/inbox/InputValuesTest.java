package kz.assistant.reimbursement.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputValuesTest {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29", "2025-02-29", "2026-02-30", "2026-04-31", "2026-13-01",
            "2026-00-10", "2026-01-00", "0000-01-01", "9999-12-31", "2026-3-01", "2026/03/01", "2026-03-1a", " 2026-03-05 "})
    void anIsoDateIsTakenExactlyAsTheStrictFormatterTakesIt(String text) {
        assertThat(InputValues.date(text)).isEqualTo(strictly(() -> LocalDate.parse(text.strip(), STRICT_DATE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03", "2026-12", "2026-13", "2026-00", "2026-3", "202603", "2026-0a", "0000-01"})
    void aServiceMonthIsTakenExactlyAsTheStrictFormatterTakesIt(String text) {
        assertThat(InputValues.month(text)).isEqualTo(strictly(() -> YearMonth.parse(text.strip(), STRICT_MONTH)));
    }

    /** What the strict formatter makes of the text: the reference the fast path is held to. */
    private static <T> Optional<T> strictly(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"29.02.2024", "05.03.2026"})
    void aDottedDateStillReads(String text) {
        assertThat(InputValues.date(text)).isPresent();
    }
}
