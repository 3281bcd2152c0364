package kz.assistant.reimbursement.support;

import kz.assistant.reimbursement.users.ConsoleUsers;
import kz.assistant.reimbursement.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the console's tests: the application as {@code scripts/reimbursement console} starts it (a
 * web server on a free port, the same database and home as the other integration tests), one context
 * for MockMvc and the browser alike, and the three users of the three roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "server.address=127.0.0.1",
        "reimbursement.home=target/test-home",
        "reimbursement.embedded.durable=false",
        "reimbursement.chunk-size=50",
        "reimbursement.acts.min-part-bytes=1",
        "reimbursement.parallelism=2"})
@AutoConfigureMockMvc
public abstract class ConsoleTest extends IntegrationTest {

    public static final String PASSWORD = "correct horse battery";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ConsoleUsers users;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void threeUsers() {
        users.add("officer", Role.OFFICER, PASSWORD);
        users.add("accountant", Role.ACCOUNTANT, PASSWORD);
        users.add("auditor", Role.AUDITOR, PASSWORD);
    }
}
