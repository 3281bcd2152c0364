package kz.assistant.reimbursement.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code user add|disable|list}: hashes only, a password of twelve characters at least, each change in the audit trail. */
class UserCommandsIntegrationTests extends IntegrationTest {

    @Autowired
    private UserCommands commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream console;

    @BeforeEach
    void captureTheConsole() {
        console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheConsole() {
        System.setOut(console);
    }

    @Test
    void aUserIsKeptWithAHashOfThePasswordAndTheAddIsAudited() {
        assertThat(commands.add("aigerim", "officer", "twelve chars")).isEqualTo(ExitCode.COMPLETED);
        String hash = jdbc.queryForObject("select password_hash from console_user where name = 'aigerim'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("twelve chars");
        assertThat(jdbc.queryForObject("select role from console_user where name = 'aigerim'", String.class)).isEqualTo("OFFICER");
        assertThat(jdbc.queryForList("select action || ' ' || outcome || ' ' || channel from run_audit", String.class))
                .containsExactly("user-add aigerim officer command line");
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedAndNothingIsAdded() {
        assertThat(commands.add("aigerim", "officer", "eleven char")).isEqualTo(ExitCode.USAGE);
        assertThat(count("select count(*) from console_user")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("12");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThat(commands.add("aigerim", "boss", "a long enough password")).isEqualTo(ExitCode.USAGE);
        assertThat(count("select count(*) from console_user")).isZero();
    }

    @Test
    void aDisabledUserIsListedAsDisabledAndAddingAgainEnablesWithTheNewRole() {
        commands.add("saule", "accountant", "a long enough password");
        assertThat(commands.disable("saule")).isEqualTo(ExitCode.COMPLETED);
        assertThat(commands.disable("nobody")).isEqualTo(ExitCode.USAGE);
        commands.list();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("saule\\s+accountant\\s+отключён");

        commands.add("saule", "auditor", "another long password");
        assertThat(jdbc.queryForObject("select role || ' ' || enabled from console_user where name = 'saule'", String.class))
                .isEqualTo("AUDITOR true");
    }
}
