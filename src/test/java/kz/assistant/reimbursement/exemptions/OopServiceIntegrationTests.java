package kz.assistant.reimbursement.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The 14th with OOP answering over HTTP (reimbursement.oop.source=http), against a local server. */
class OopServiceIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final HttpServer OOP = startOop();
    /** What OOP does with the next requests: answer with this JSON, or hang when null. */
    private static final AtomicReference<String> ANSWER = new AtomicReference<>();
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @DynamicPropertySource
    static void oopOverHttp(DynamicPropertyRegistry registry) {
        registry.add("reimbursement.oop.source", () -> "http");
        registry.add("reimbursement.oop.http.base-url", () -> "http://127.0.0.1:" + OOP.getAddress().getPort());
        registry.add("reimbursement.oop.http.request-timeout", () -> "300ms");
        registry.add("reimbursement.oop.http.connect-timeout", () -> "300ms");
        registry.add("reimbursement.oop.http.max-attempts", () -> "3");
        registry.add("reimbursement.oop.http.initial-backoff", () -> "10ms");
        registry.add("reimbursement.oop.http.max-backoff", () -> "20ms");
    }

    private static HttpServer startOop() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/exemptions", exchange -> {
                REQUESTS.incrementAndGet();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String answer = ANSWER.get();
                if (answer == null) {
                    try {
                        Thread.sleep(2_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                    return;
                }
                String iins = body.substring(body.indexOf('[') , body.indexOf(']') + 1);
                byte[] json = answer.replace("$ASKED", iins).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopOop() {
        OOP.stop(0);
    }

    @Test
    void anOopServiceThatTimesOutFailsTheStepAndARestartUsesItsLaterAnswer() throws Exception {
        ActsFile acts = new ActsFile();
        String assistant = acts.act().get("assistant_iin");
        acts.writeTo(inbox(MARCH));
        ANSWER.set(null);
        REQUESTS.set(0);

        JobRunner.Outcome failed = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("oop-exemptions").contains("after 3 attempt").doesNotContain(assistant);
        assertThat(REQUESTS.get()).isEqualTo(3);
        assertThat(count("select count(*) from reimbursement_record")).isZero();

        ANSWER.set("{\"answered\": $ASKED, \"exemptions\": [{\"iin\": \"" + assistant
                + "\", \"opv_exempt\": true, \"osms_exempt\": true, \"basis\": \"лицо с инвалидностью\", \"valid_from\": \"2020-01-01\", \"valid_to\": null}]}");
        JobRunner.Outcome resumed = runner.run(ReimbursementListJobConfiguration.JOB_NAME, MARCH, true);

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.COMPLETED);
        BigDecimal opv = jdbc.queryForObject("select opv + osms from reimbursement_record", BigDecimal.class);
        assertThat(opv).isEqualByComparingTo("0.00");
    }
}
