package kz.assistant.reimbursement.console;

import java.nio.file.Files;
import java.util.stream.Stream;

import kz.assistant.reimbursement.support.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page and action of the console for each role and for nobody logged in, and the headers of every answer. */
class ConsoleAccessTests extends ConsoleTest {

    private static final String M = "/months/2026-03";
    private static final String OUTBOX_FILE = "reimbursement-list_000000000001.xlsx";

    @BeforeEach
    void anOutboxFile() throws Exception {
        Files.write(outbox(java.time.YearMonth.of(2026, 3)).resolve(OUTBOX_FILE), new byte[] {1, 2, 3});
    }

    /** request, then the status for: nobody, officer, accountant, auditor (302 for nobody is the way to the login page). */
    static Stream<Arguments> everyPageAndAction() {
        return Stream.of(
                Arguments.of("GET", "/months", 200, 200, 200),
                Arguments.of("GET", M, 200, 200, 200),
                Arguments.of("GET", M + "/progress", 200, 200, 200),
                Arguments.of("GET", M + "/files", 200, 200, 200),
                Arguments.of("GET", M + "/rejections", 200, 200, 200),
                Arguments.of("GET", M + "/exceptions", 200, 200, 200),
                Arguments.of("GET", M + "/files/" + OUTBOX_FILE, 200, 200, 403),
                Arguments.of("GET", "/audit", 403, 403, 200),
                // A restart of a job that never ran is refused by the runner at once: nothing runs in the background.
                Arguments.of("POST", M + "/jobs/funding-need/restart", 302, 403, 403),
                Arguments.of("UPLOAD", M + "/files", 200, 403, 403));
    }

    private static org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request(String method, String url) {
        return switch (method) {
            case "GET" -> get(url);
            case "UPLOAD" -> multipart(url).file(new MockMultipartFile("file", "acts.csv", "text/csv", "a;b\n".getBytes()));
            default -> MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url);
        };
    }

    @ParameterizedTest(name = "{0} {1}: officer {2}, accountant {3}, auditor {4}")
    @MethodSource("everyPageAndAction")
    void eachRoleMayDoWhatItsRoleAllowsAndNothingElse(String method, String url, int officer, int accountant, int auditor) throws Exception {
        mvc.perform(request(method, url).with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(request(method, url).with(csrf()).with(user("officer").roles("OFFICER"))).andExpect(status().is(officer));
        mvc.perform(request(method, url).with(csrf()).with(user("accountant").roles("ACCOUNTANT"))).andExpect(status().is(accountant));
        mvc.perform(request(method, url).with(csrf()).with(user("auditor").roles("AUDITOR"))).andExpect(status().is(auditor));
    }

    /** An officer's run is ConsoleRunTests' (it runs a job); here only that nobody else may start one. */
    @Test
    void onlyAnOfficerMayStartAJob() throws Exception {
        mvc.perform(post(M + "/jobs/funding-need/run").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post(M + "/jobs/funding-need/run").with(csrf()).with(user("accountant").roles("ACCOUNTANT"))).andExpect(status().isForbidden());
        mvc.perform(post(M + "/jobs/funding-need/run").with(csrf()).with(user("auditor").roles("AUDITOR"))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(M + "/jobs/funding-need/restart").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(multipart(M + "/files").file(new MockMultipartFile("file", "psu-acts.csv", "text/csv", "x".getBytes()))
                .with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "officer").param("password", PASSWORD)).andExpect(status().isForbidden());
    }

    @Test
    void everyAnswerForbidsInlineScriptFramingAndSniffing() throws Exception {
        for (String url : new String[] {"/login", M}) {
            mvc.perform(get(url).with(user("officer").roles("OFFICER")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"));
        }
        mvc.perform(get(M).with(user("officer").roles("OFFICER")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void aMonthThatIsNotAMonthIsNotAPage() throws Exception {
        mvc.perform(get("/months/2026-13").with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
        mvc.perform(post("/months/2026-03/jobs/no-such-job/run").with(csrf()).with(user("officer").roles("OFFICER")))
                .andExpect(status().isNotFound());
    }
}
