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
    private static final String RULE_SET = "%spellout-cardinal-masculine";

    // RuleBasedNumberFormat is not thread-safe and is costly to build from its rules.
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(RUSSIAN, RuleBasedNumberFormat.SPELLOUT));

    private AmountInWords() {
    }

    /**
     * @throws IllegalArgumentException for a negative amount: no document of the cycle spells one
     */
    public static String of(BigDecimal amount) {
        BigDecimal rounded = Money.round2(amount);
        if (rounded.signum() < 0) {
            throw new IllegalArgumentException("negative amount cannot be written in words");
        }
        BigDecimal tenge = rounded.setScale(0, RoundingMode.DOWN);
        int tiyn = rounded.subtract(tenge).movePointRight(2).intValueExact();
        String words = SPELLOUT.get().format(tenge.longValueExact(), RULE_SET);
        return capitalize(words) + " тенге " + String.format("%02d", tiyn) + " тиын";
    }

    private static String capitalize(String words) {
        int first = words.codePointAt(0);
        return new StringBuilder(words.length())
                .appendCodePoint(Character.toUpperCase(first))
                .append(words, Character.charCount(first), words.length())
                .toString();
    }
}
