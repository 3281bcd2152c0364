package kz.assistant.reimbursement.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import kz.assistant.reimbursement.support.ConsoleTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The login: users from the database, five failures lock, the audit trail names who came in, the session cookie. */
class ConsoleLoginTests extends ConsoleTest {

    @Test
    void aUserOfTheDatabaseLogsInAndTheTrailSaysSo() throws Exception {
        mvc.perform(formLogin("/login").user("accountant").password(PASSWORD)).andExpect(redirectedUrl("/months"));
        assertThat(jdbc.queryForList("select started_by || ' ' || action || ' ' || channel from run_audit", String.class))
                .containsExactly("accountant login console");
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        users.disable("auditor");
        mvc.perform(formLogin("/login").user("auditor").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailedLoginsInARowLockTheUserEvenForTheRightPassword() throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user("officer").password("wrong password " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("officer").password("wrong password 5")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));

        assertThat(count("select count(*) from console_user where name = 'officer' and locked_until > now() + interval '14 minutes'")).isEqualTo(1);
        assertThat(count("select count(*) from run_audit where action = 'lockout' and started_by = 'officer'")).isEqualTo(1);
        // Another user is not affected.
        mvc.perform(formLogin("/login").user("accountant").password(PASSWORD)).andExpect(redirectedUrl("/months"));
    }

    @Test
    void aSuccessfulLoginStartsTheCountOfFailuresAgain() throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user("officer").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andExpect(redirectedUrl("/months"));
        mvc.perform(formLogin("/login").user("officer").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andExpect(redirectedUrl("/months"));
    }

    @Test
    void anUnknownNameIsNotWrittenToTheTrail() throws Exception {
        // People type their password into the name field: what was typed there must not be kept.
        mvc.perform(formLogin("/login").user("my secret password").password("x")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForList("select started_by from run_audit", String.class)).containsExactly("(unknown user)");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictFromTheRealServer() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).doesNotContain("unsafe-inline"));
        // The login page carries no script of its own in the page: the policy would block it.
        assertThat(login.body()).doesNotContain("<script>").contains("name=\"_csrf\"");
    }
}
