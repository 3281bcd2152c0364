package kz.assistant.reimbursement.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0         | Ноль тенге 00 тиын",
            "1         | Один тенге 00 тиын",
            "2         | Два тенге 00 тиын",
            "21        | Двадцать один тенге 00 тиын",
            "1000      | Одна тысяча тенге 00 тиын",
            "2000      | Две тысячи тенге 00 тиын",
            "21000     | Двадцать одна тысяча тенге 00 тиын",
            "1000001   | Один миллион один тенге 00 тиын",
            "2000000   | Два миллиона тенге 00 тиын",
            "71086.57  | Семьдесят одна тысяча восемьдесят шесть тенге 57 тиын",
            "128717.95 | Сто двадцать восемь тысяч семьсот семнадцать тенге 95 тиын",
            "3198.9    | Три тысячи сто девяносто восемь тенге 90 тиын",
    })
    void tengeInWordsWithTiynAsTwoDigits(BigDecimal amount, String words) {
        assertEquals(words, AmountInWords.of(amount));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0         | Нөл теңге 00 тиын",
            "21        | Жиырма бір теңге 00 тиын",
            "71086.57  | Жетпіс бір мың сексен алты теңге 57 тиын",
            "2000000.5 | Екі миллион теңге 50 тиын",
    })
    void tengeInKazakhWordsWithTiynAsTwoDigits(BigDecimal amount, String words) {
        assertEquals(words, AmountInWords.of(amount, java.util.Locale.forLanguageTag("kk")));
    }

    @Test
    void amountIsRoundedHalfUpToTiynBeforeSpelling() {
        assertEquals("Семьдесят одна тысяча восемьдесят шесть тенге 57 тиын",
                AmountInWords.of(new BigDecimal("71086.5652")));
        assertEquals("Один тенге 00 тиын", AmountInWords.of(new BigDecimal("0.995")));
    }

    @Test
    void negativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.of(new BigDecimal("-1.00")));
    }

    @Test
    void round2RoundsHalfUpToTwoDecimals() {
        // 120.5 h x 4 325 x 0.1364 = 71 086.566 -> 71 086.57 (domain worked example)
        BigDecimal g = new BigDecimal("120.5").multiply(new BigDecimal("4325")).multiply(new BigDecimal("0.1364"));
        assertEquals(new BigDecimal("71086.57"), Money.round2(g));
        assertEquals(new BigDecimal("0.01"), Money.round2(new BigDecimal("0.005")));
        assertEquals(new BigDecimal("7108.66"), Money.round2(new BigDecimal("7108.657")));
        assertEquals(new BigDecimal("5.00"), Money.round2(new BigDecimal("5")));
    }
}
