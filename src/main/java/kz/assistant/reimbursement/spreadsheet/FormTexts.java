package kz.assistant.reimbursement.spreadsheet;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

import kz.assistant.reimbursement.money.AmountInWords;

/**
 * The printed texts of the forms in one language, from {@code forms/form-texts[_kk].properties}
 * (UTF-8): titles, headings, key lines, signature blocks, month names. A text's {@code {0}}, {@code {1}}
 * … are replaced by the arguments as they are (no MessageFormat: its quoting rules would eat the
 * apostrophes and braces a title may hold).
 */
public final class FormTexts {

    private static final Map<FormLanguage, FormTexts> LOADED = new EnumMap<>(FormLanguage.class);

    private final FormLanguage language;
    private final ResourceBundle bundle;

    private FormTexts(FormLanguage language) {
        this.language = language;
        // The Russian file is the base bundle; no fallback to the JVM's locale.
        this.bundle = ResourceBundle.getBundle("forms/form-texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized FormTexts of(FormLanguage language) {
        return LOADED.computeIfAbsent(language, FormTexts::new);
    }

    public FormLanguage language() {
        return language;
    }

    /** The text of {@code key} with {@code {i}} replaced by {@code arguments[i]}. */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** "март 2026" / "2026 жылғы наурыз". */
    public String month(YearMonth month) {
        return get("form.month", get("form.month." + month.getMonthValue()), month.getYear());
    }

    /** The amount in words in this language ({@code … тенге 57 тиын}). */
    public String words(BigDecimal amount) {
        return AmountInWords.of(amount, language.locale());
    }

    /** 1 234 567,89: amounts in figures as both languages write them on paper. */
    public static String figures(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    /** A form as this language prints it: month names, page footer. */
    public FormSpreadsheet setUp(FormSpreadsheet form) {
        return form.monthNames(this::month).pageFooter(get("form.page"));
    }
}
