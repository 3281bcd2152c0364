package kz.assistant.reimbursement.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A language the per-MIO forms are written in: Russian, the order's working text, as
 * {@code <form>_<mio>.xlsx}, and Kazakh, the state language, as {@code <form>_<mio>_kk.xlsx}.
 */
public enum FormLanguage {
    RU("ru", ""),
    KK("kk", "_kk");

    private final String tag;
    private final String fileSuffix;

    FormLanguage(String tag, String fileSuffix) {
        this.tag = tag;
        this.fileSuffix = fileSuffix;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Put before {@code .xlsx}: none for Russian, {@code _kk} for Kazakh. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** "ru,kk" as the setting {@code reimbursement.forms.languages} gives it. */
    public static List<FormLanguage> parse(String tags) {
        List<FormLanguage> languages = Arrays.stream(tags.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(FormLanguage::of).distinct().toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("reimbursement.forms.languages names no language (ru, kk)");
        }
        return languages;
    }

    private static FormLanguage of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reimbursement.forms.languages: unknown language \""
                        + tag + "\" (ru, kk)"));
    }
}
