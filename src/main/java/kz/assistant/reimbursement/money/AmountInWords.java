package kz.assistant.reimbursement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * Сумма прописью for the reconciliation act and totals rows: tenge in Russian words, first letter
 * capital, then tiyn as two digits ({@code Семьдесят одна тысяча восемьдесят шесть тенге 57 тиын}).
 *
 * <p>ICU's masculine cardinal rule set already declines the scale words by their own gender
 * (одна тысяча, две тысячи, один миллион), which is what tenge, a masculine noun, needs; the unit
 * digit stays masculine (двадцать один тенге).
 */
public final class AmountInWords {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final String RULE_SET = "%spellout-cardinal-masculine";
    // Kazakh numerals have no gender: one cardinal rule set.
    private static final String KAZAKH_RULE_SET = "%spellout-cardinal";

    // RuleBasedNumberFormat is not thread-safe and is costly to build from its rules.
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(RUSSIAN, RuleBasedNumberFormat.SPELLOUT));
    private static final ThreadLocal<RuleBasedNumberFormat> KAZAKH_SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(KAZAKH, RuleBasedNumberFormat.SPELLOUT));

    private AmountInWords() {
    }

    /**
     * @throws IllegalArgumentException for a negative amount: no document of the cycle spells one
     */
    public static String of(BigDecimal amount) {
        return of(amount, RUSSIAN);
    }

    /**
     * In Russian or Kazakh ({@code Жетпіс бір мың сексен алты теңге 57 тиын}).
     *
     * @throws IllegalArgumentException for a negative amount, or another language
     */
    public static String of(BigDecimal amount, Locale language) {
        boolean kazakh = language.getLanguage().equals(KAZAKH.getLanguage());
        if (!kazakh && !language.getLanguage().equals(RUSSIAN.getLanguage())) {
            throw new IllegalArgumentException("amounts are spelled in Russian or Kazakh, not " + language);
        }
        BigDecimal rounded = Money.round2(amount);
        if (rounded.signum() < 0) {
            throw new IllegalArgumentException("negative amount cannot be written in words");
        }
        BigDecimal tenge = rounded.setScale(0, RoundingMode.DOWN);
        int tiyn = rounded.subtract(tenge).movePointRight(2).intValueExact();
        String words = kazakh ? KAZAKH_SPELLOUT.get().format(tenge.longValueExact(), KAZAKH_RULE_SET)
                : SPELLOUT.get().format(tenge.longValueExact(), RULE_SET);
        return capitalize(words) + (kazakh ? " теңге " : " тенге ") + String.format("%02d", tiyn) + " тиын";
    }

    private static String capitalize(String words) {
        int first = words.codePointAt(0);
        return new StringBuilder(words.length())
                .appendCodePoint(Character.toUpperCase(first))
                .append(words, Character.charCount(first), words.length())
                .toString();
    }
}
