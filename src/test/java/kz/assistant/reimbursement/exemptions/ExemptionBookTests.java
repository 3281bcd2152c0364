package kz.assistant.reimbursement.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExemptionBookTests {

    private static final String IIN = "850101300123";

    private static ExemptionBook bookOf(Exemption... exemptions) {
        return new ExemptionBook(Map.of(IIN, List.of(exemptions)));
    }

    @Test
    void anExemptionInForceOnAnyDayOfTheServiceMonthCounts() {
        ExemptionBook book = bookOf(new Exemption(IIN, true, false, "пенсионер", LocalDate.of(2026, 2, 20), null));

        assertThat(book.flagsFor(IIN, YearMonth.of(2026, 2)).opvExempt()).isTrue();
        assertThat(book.flagsFor(IIN, YearMonth.of(2026, 1)).opvExempt()).isFalse();
    }

    @Test
    void anExemptionThatEndedBeforeTheServiceMonthDoesNotCount() {
        ExemptionBook book = bookOf(new Exemption(IIN, true, true, "", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31)));

        assertThat(book.flagsFor(IIN, YearMonth.of(2026, 2))).isEqualTo(new ExemptionBook.Flags(false, false));
        assertThat(book.flagsFor(IIN, YearMonth.of(2026, 1))).isEqualTo(new ExemptionBook.Flags(true, true));
    }

    @Test
    void separateOpvAndOsmsExemptionsCombine() {
        ExemptionBook book = bookOf(new Exemption(IIN, true, false, "", null, null),
                new Exemption(IIN, false, true, "", LocalDate.of(2026, 2, 1), null));

        assertThat(book.flagsFor(IIN, YearMonth.of(2026, 2))).isEqualTo(new ExemptionBook.Flags(true, true));
    }

    @Test
    void anAssistantAbsentFromTheAnswerIsNotExempt() {
        assertThat(bookOf().flagsFor("900101300555", YearMonth.of(2026, 2))).isEqualTo(new ExemptionBook.Flags(false, false));
    }
}
