package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The officer reads every message in Russian, Kazakh or English: each key is in all three bundles, and none is empty. */
class MessageBundlesTests {

    /** A lone single quote vanishes in a MessageFormat pattern; it is written twice. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Properties russian = bundle("messages.properties");
        Properties kazakh = bundle("messages_kk.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(new TreeSet<>(kazakh.stringPropertyNames())).as("Kazakh keys").isEqualTo(new TreeSet<>(russian.stringPropertyNames()));
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("English keys").isEqualTo(new TreeSet<>(russian.stringPropertyNames()));
    }

    @Test
    void noMessageIsEmptyOrLosesAQuote() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_kk.properties", "messages_en.properties"}) {
            Properties messages = bundle(file);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank().doesNotMatch(".*" + LONE_QUOTE.pattern() + ".*");
            }
        }
    }

    @Test
    void russianIsTheDefaultWhateverTheMachinesLocale() {
        java.util.Locale machine = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertThat(Messages.of("ru").get("cli.refused.no-command")).isEqualTo("Не указана команда.");
            assertThat(Messages.of(null).get("cli.refused.no-command")).isEqualTo("Не указана команда.");
            assertThat(Messages.of("kk").get("cli.refused.no-command")).isEqualTo("Команда көрсетілмеген.");
            assertThat(Messages.of("en").get("cli.refused.no-command")).isEqualTo("No command given.");
        } finally {
            java.util.Locale.setDefault(machine);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
