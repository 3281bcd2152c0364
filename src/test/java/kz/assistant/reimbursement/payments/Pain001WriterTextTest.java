package kz.assistant.reimbursement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Max140Text of pain.001: the values that need no cleaning come back as they are, the others cleaned. */
class Pain001WriterTextTest {

    @Test
    void aCleanValueIsReturnedAsItIs() {
        assertThat(Pain001Writer.text("ИП Ахметов Бауыржан")).isEqualTo("ИП Ахметов Бауыржан");
        assertThat(Pain001Writer.text("ACT-2026-03-000001 2026-02")).isEqualTo("ACT-2026-03-000001 2026-02");
    }

    @Test
    void controlCharactersRunsOfWhitespaceAndTheEndsAreCleaned() {
        assertThat(Pain001Writer.text("ТОО\u0007 «Забота»")).isEqualTo("ТОО «Забота»");
        assertThat(Pain001Writer.text("Иванов  Иван\tИванович\r\n")).isEqualTo("Иванов Иван Иванович");
        assertThat(Pain001Writer.text("  Asel ")).isEqualTo("Asel");
        assertThat(Pain001Writer.text("a\u007Fb")).isEqualTo("a b");
        assertThat(Pain001Writer.text("")).isEmpty();
        assertThat(Pain001Writer.text(null)).isEmpty();
    }

    @Test
    void aValueLongerThan140CharactersIsCut() {
        String longName = "Ж".repeat(150);
        assertThat(Pain001Writer.text(longName)).hasSize(140);
        assertThat(Pain001Writer.text("Ж".repeat(140))).hasSize(140);
    }

    @Test
    void remittanceTextOver140CharactersIsSplitIntoPartsThatMakeTheWholeTextNeverCut() {
        String act = "ACT-" + "7".repeat(150);
        var payment = new RegisteredPayment("P1-1", act, "2026-02", "Садыков Ержан", "KZ926010000001000001", "HSBKKZKX",
                new java.math.BigDecimal("1.00"), 2, true, "850101300015", SupplierKind.PERSON, new PaymentCodes.Codes("19", "859"));

        var parts = Pain001Writer.remittanceParts(payment);

        assertThat(parts).allMatch(p -> p.length() <= 140).hasSizeGreaterThan(1);
        assertThat(String.join("", parts)).isEqualTo(Pain001Writer.remittance(payment)).contains(act).endsWith("повторная выплата");
    }
}
