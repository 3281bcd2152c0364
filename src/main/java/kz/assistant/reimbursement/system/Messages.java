package kz.assistant.reimbursement.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Officer-facing text in the officer's language: Russian by default, Kazakh or English when asked
 * ({@code --lang}, {@code REIMBURSEMENT_LANG}). One key per message in {@code i18n/messages*.properties};
 * an exception that carries text for officers is a {@link MessageSourceResolvable} (key and
 * arguments), never an English string.
 */
public final class Messages {

    public static final String BASENAME = "i18n/messages";
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    /** The bundles read without Spring's context: for help and refusals before it starts. */
    public static Messages of(String language) {
        return new Messages(bundles(), localeOf(language));
    }

    /** The same settings as {@code spring.messages.*} in application.properties. */
    public static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** ru, kk or en; Russian is the bundle without a suffix. */
    public static Locale localeOf(String language) {
        return Locale.forLanguageTag(language == null || language.isBlank() ? "ru" : language);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, locale);
    }

    /** A message carried by an exception or an outcome: its key and arguments, resolved here. */
    public String get(MessageSourceResolvable message) {
        Object[] arguments = message.getArguments();
        if (arguments != null) {
            Object[] resolved = arguments.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof MessageSourceResolvable inner) {
                    resolved[i] = get(inner);
                }
            }
            return source.getMessage(new org.springframework.context.support.DefaultMessageSourceResolvable(
                    message.getCodes(), resolved, message.getDefaultMessage()), locale);
        }
        return source.getMessage(message, locale);
    }
}
