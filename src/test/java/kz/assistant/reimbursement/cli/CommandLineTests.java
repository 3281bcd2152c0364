package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The command line answers help and refuses mistakes before Spring starts, in the officer's
 * language; what it hands to Spring is the checked command and Spring's own arguments.
 */
class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Command> started = new AtomicReference<>();

    private int answer(Map<String, String> environment, String... args) {
        return CommandLineStart.answer(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), command -> {
                    started.set(command);
                    return 0;
                });
    }

    private int answer(String... args) {
        return answer(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDescribesEveryCommandAndOptionInRussianAndExitsZeroWithoutSpring() {
        assertThat(answer("--help")).isZero();
        assertThat(started.get()).isNull();
        for (CommandSpec spec : Commands.ALL) {
            if (spec.action() != null) {
                assertThat(out()).contains(spec.synopsis()).contains(Messages().get(spec.helpKey()));
            }
        }
        assertThat(out()).contains("Команды:").contains("--lang ru|kk|en").contains("--verbose").contains("Коды выхода");
    }

    private static kz.assistant.reimbursement.system.Messages Messages() {
        return kz.assistant.reimbursement.system.Messages.of("ru");
    }

    @Test
    void helpOnOneCommandNamesItsOptions() {
        assertThat(answer("help", "run")).isZero();
        assertThat(out()).startsWith("reimbursement run <job> --month YYYY-MM [--date YYYY-MM-DD]\n").contains("цикла, например 2026-03");
        assertThat(answer("reference", "import", "--help")).isZero();
        assertThat(out()).contains("reimbursement reference import DIR");
    }

    @Test
    void helpInKazakhAndEnglish() {
        assertThat(answer("--lang", "kk", "--help")).isZero();
        assertThat(out()).contains("Командалар:");
        out.reset();
        assertThat(answer(Map.of("REIMBURSEMENT_LANG", "en"), "help", "status")).isZero();
        assertThat(out()).contains("what ran, what did not, and how to resume it").doesNotContain("Команды");
    }

    @Test
    void anUnknownJobIsRefusedBeforeSpringStarts() {
        assertThat(answer("run", "reimbursment-list", "--month", "2026-03")).isEqualTo(2);
        assertThat(started.get()).isNull();
        assertThat(err()).contains("Неизвестное задание «reimbursment-list»").contains("reimbursement-list, funding-need")
                .contains("scripts/reimbursement --help");
    }

    @Test
    void aBadMonthOrDateIsRefusedBeforeSpringStarts() {
        assertThat(answer("run", "funding-need", "--month", "2026-13")).isEqualTo(2);
        assertThat(err()).contains("--month ожидает значение вида YYYY-MM, а получено «2026-13»");
        assertThat(answer("status", "--month=March")).isEqualTo(2);
        assertThat(started.get()).isNull();
    }

    @Test
    void aBadDateIsRefusedWhereverTheOptionIsUsed() {
        UsageExceptionAssert.refuses(() -> OptionSpec.DATE.parse("2026-02-30"), "cli.refused.option-value");
    }

    @Test
    void aMissingMonthAnUnknownCommandOrAStrayOptionIsRefused() {
        assertThat(answer("cycle")).isEqualTo(2);
        assertThat(err()).contains("Команде cycle нужен параметр --month YYYY-MM");
        assertThat(answer("--lang", "en", "launch")).isEqualTo(2);
        assertThat(err()).contains("Unknown command \"launch\"");
        assertThat(answer("reference", "import", "dir", "--month", "2026-03")).isEqualTo(2);
        assertThat(answer("run", "funding-need", "--month", "2026-03", "--fast")).isEqualTo(2);
        assertThat(answer()).isEqualTo(2);
        assertThat(answer("--lang", "fr", "status")).isEqualTo(2);
        assertThat(err()).contains("Язык «fr» не поддерживается");
        assertThat(started.get()).isNull();
    }

    @Test
    void aGoodCommandGoesToSpringWithItsLanguageAndSpringsOwnArguments() {
        assertThat(answer(Map.of("REIMBURSEMENT_LANG", "kk"), "run", "funding-need", "--month=2026-03", "--verbose",
                "--logging.level.root=INFO", "--spring.datasource.url=jdbc:postgresql://db/akimat")).isZero();
        Command command = started.get();
        assertThat(command.name()).isEqualTo("run");
        assertThat(command.job()).isEqualTo("funding-need");
        assertThat(command.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(command.language()).isEqualTo("kk");
        assertThat(command.verbose()).isTrue();
        assertThat(command.springArguments()).containsExactly("--logging.level.root=INFO", "--spring.datasource.url=jdbc:postgresql://db/akimat");
        assertThat(command.options()).containsOnlyKeys("--month");
    }

    @Test
    void commandsOfTwoWordsAndOptionalArguments() {
        assertThat(answer("reference", "import", "sample-data/reference")).isZero();
        assertThat(started.get().name()).isEqualTo("reference import");
        assertThat(started.get().argument(0)).isEqualTo("sample-data/reference");
        assertThat(answer("status", "--lang", "en")).isZero();
        assertThat(started.get().job()).isNull();
        assertThat(started.get().language()).isEqualTo("en");
    }
}
