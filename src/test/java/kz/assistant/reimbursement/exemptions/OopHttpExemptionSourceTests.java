package kz.assistant.reimbursement.exemptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OopHttpExemptionSourceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YearMonth CYCLE = YearMonth.of(2026, 3);
    private static final String A = "850101300023";
    private static final String B = "900215400011";
    private static final String C = "010305500047";

    private HttpServer server;
    private ExecutorService handlers;
    /** Handlers that must "never answer" wait on this; released when the test ends. */
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final List<JsonNode> requestBodies = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange, List<String> askedIins, int call) throws Exception;
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        endOfTest.countDown();
        if (server != null) {
            server.stop(0);
        }
        if (handlers != null) {
            handlers.shutdownNow();
            assertThat(handlers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void answerIsParsed() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 200, """
                {"answered":["%s","%s","%s"],
                 "exemptions":[
                   {"iin":"%s","opv_exempt":true,"osms_exempt":false,"basis":"Social Code art. 248",
                    "valid_from":"2025-01-01","valid_to":null},
                   {"iin":"%s","opv_exempt":false,"osms_exempt":true,"basis":"OSMS law art. 28",
                    "valid_from":"2024-07-01","valid_to":"2026-12-31"}]}
                """.formatted(A, B, C, A, B)));

        List<Exemption> answer = source(base, fast()).exemptionsFor(CYCLE, List.of(A, B, C));

        assertThat(answer).containsExactly(
                new Exemption(A, true, false, "Social Code art. 248", LocalDate.of(2025, 1, 1), null),
                new Exemption(B, false, true, "OSMS law art. 28", LocalDate.of(2024, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(requestLines).containsExactly("POST /oop/exemptions application/json");
        assertThat(requestBodies.get(0).get("cycle_month").stringValue()).isEqualTo("2026-03");
        assertThat(strings(requestBodies.get(0).get("iins"))).containsExactly(A, B, C);
    }

    @Test
    void manyIinsAreAskedInBatchesAndMerged() throws Exception {
        List<String> iins = IntStream.range(0, 1200).mapToObj(OopHttpExemptionSourceTests::iin).toList();
        // Every hundredth IIN is exempt, so that each batch contributes exemptions.
        URI base = start((exchange, asked, call) -> {
            String exemptions = asked.stream().filter(i -> Long.parseLong(i) % 100 == 0)
                    .map(i -> "{\"iin\":\"" + i + "\",\"opv_exempt\":true,\"osms_exempt\":true,"
                            + "\"basis\":\"b\",\"valid_from\":\"2025-01-01\",\"valid_to\":null}")
                    .collect(Collectors.joining(","));
            reply(exchange, 200, "{\"answered\":" + JSON.writeValueAsString(asked)
                    + ",\"exemptions\":[" + exemptions + "]}");
        });

        List<Exemption> answer = source(base, fast()).exemptionsFor(CYCLE, iins);

        assertThat(calls).hasValue(3);
        assertThat(requestBodies).extracting(body -> body.get("iins").size()).containsExactly(500, 500, 200);
        Set<String> askedOverall = new HashSet<>();
        requestBodies.forEach(body -> askedOverall.addAll(strings(body.get("iins"))));
        assertThat(askedOverall).containsExactlyInAnyOrderElementsOf(iins);
        assertThat(answer).extracting(Exemption::iin)
                .containsExactlyElementsOf(iins.stream().filter(i -> Long.parseLong(i) % 100 == 0).toList());
    }

    @Test
    void anIinMissingFromAnsweredFailsTheCall() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 200,
                "{\"answered\":[\"" + A + "\",\"" + B + "\"],\"exemptions\":[]}"));

        ExemptionsUnavailableException e = fails(source(base, fast()), List.of(A, B, C));

        assertThat(e).hasMessageContaining("incomplete").hasMessageContaining("1 of 3")
                .hasMessageContaining("0103******47");
        assertThat(calls).hasValue(1);
        assertNoFullIin(e, A, B, C);
    }

    @Test
    void transientStatusesAreRetried() throws Exception {
        URI base = start((exchange, asked, call) -> {
            switch (call) {
                case 1, 2 -> reply(exchange, 503, "");
                case 3 -> reply(exchange, 429, "");
                default -> reply(exchange, 200, "{\"answered\":[\"" + A + "\"],\"exemptions\":[]}");
            }
        });

        List<Exemption> answer = source(base, fast(4)).exemptionsFor(CYCLE, List.of(A));

        assertThat(answer).isEmpty();
        assertThat(calls).hasValue(4);
    }

    @Test
    void aServerThatNeverAnswersFailsAfterMaxAttempts() throws Exception {
        URI base = start((exchange, asked, call) -> endOfTest.await(10, TimeUnit.SECONDS));
        long started = System.nanoTime();

        ExemptionsUnavailableException e = fails(source(base, impatient(3)), List.of(A, B));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(calls).hasValue(3);
        assertThat(e).hasMessageContaining("batch 1/1 of cycle 2026-03 (2 IINs)")
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("no answer within 200 ms");
        assertNoFullIin(e, A, B);
    }

    @Test
    void anAnswerThatStallsMidBodyCountsAsATimeout() throws Exception {
        URI base = start((exchange, asked, call) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"answered\":[".getBytes(StandardCharsets.UTF_8));
            out.flush();
            endOfTest.await(10, TimeUnit.SECONDS);
        });
        long started = System.nanoTime();

        ExemptionsUnavailableException e = fails(source(base, impatient(2)), List.of(A));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(calls).hasValue(2);
        assertThat(e).hasMessageContaining("no complete answer within 300 ms");
    }

    @Test
    void anUnreachableServiceFailsAfterMaxAttempts() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 200, "{}"));
        server.stop(0);

        ExemptionsUnavailableException e = fails(source(base, fast(2)), List.of(A));

        assertThat(e).hasMessageContaining("after 2 attempt(s)").hasMessageContaining("ConnectException");
    }

    @Test
    void aClientErrorFailsAtOnceWithoutRetry() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 400, "{\"error\":\"bad iin " + A + "\"}"));

        ExemptionsUnavailableException e = fails(source(base, fast(4)), List.of(A));

        assertThat(calls).hasValue(1);
        assertThat(e).hasMessageContaining("HTTP 400").hasMessageContaining("not retried");
        assertNoFullIin(e, A);
    }

    @Test
    void malformedJsonFails() throws Exception {
        // The unquoted IIN is what a lenient parser would echo back in its error message.
        URI base = start((exchange, asked, call) -> reply(exchange, 200, "{\"answered\":[" + A + "x]"));

        ExemptionsUnavailableException e = fails(source(base, fast()), List.of(A));

        assertThat(e).hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
        assertThat(calls).hasValue(1);
        assertNoFullIin(e, A);
    }

    @Test
    void wrongContentFailsNamingTheProblem() throws Exception {
        AtomicReference<String> body = new AtomicReference<>();
        URI base = start((exchange, asked, call) -> reply(exchange, 200, body.get()));
        OopHttpExemptionSource source = source(base, fast());
        String answered = "\"answered\":[\"" + A + "\"]";

        body.set("[]");
        assertThat(fails(source, List.of(A))).hasMessageContaining("not a JSON object");
        body.set("{\"answered\":\"" + A + "\",\"exemptions\":[]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("no \"answered\" array");
        body.set("{" + answered + "}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("no \"exemptions\" array");
        body.set("{" + answered + ",\"exemptions\":[{\"iin\":\"" + A + "\",\"osms_exempt\":true,\"valid_from\":\"2025-01-01\"}]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("\"exemptions\"[0].opv_exempt");
        body.set("{" + answered + ",\"exemptions\":[{\"iin\":\"" + A + "\",\"opv_exempt\":\"yes\",\"osms_exempt\":true,\"valid_from\":\"2025-01-01\"}]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("\"exemptions\"[0].opv_exempt");
        body.set("{" + answered + ",\"exemptions\":[{\"iin\":\"" + A + "\",\"opv_exempt\":true,\"osms_exempt\":true,\"valid_from\":\"01.01.2025\"}]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("\"exemptions\"[0].valid_from that is not a date");
        body.set("{" + answered + ",\"exemptions\":[{\"iin\":\"" + B + "\",\"opv_exempt\":true,\"osms_exempt\":true,\"valid_from\":\"2025-01-01\"}]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("for an IIN that was not asked");
        body.set("{\"answered\":[\"" + A + "\",\"" + B + "\"],\"exemptions\":[]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("1 IIN(s) in \"answered\" that were not asked");
        body.set("{" + answered + "," + answered + ",\"exemptions\":[]}");
        assertThat(fails(source, List.of(A))).hasMessageContaining("not valid JSON");
        assertThat(calls).hasValue(9);
    }

    @Test
    void noIinsMeansNoRequest() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 500, ""));

        assertThat(source(base, fast()).exemptionsFor(CYCLE, List.of())).isEmpty();
        assertThat(calls).hasValue(0);
    }

    @Test
    void duplicateIinsAreAskedOnce() throws Exception {
        URI base = start((exchange, asked, call) -> reply(exchange, 200,
                "{\"answered\":" + JSON.writeValueAsString(asked) + ",\"exemptions\":[]}"));

        source(base, fast()).exemptionsFor(CYCLE, List.of(A, B, A));

        assertThat(strings(requestBodies.get(0).get("iins"))).containsExactly(A, B);
    }

    // --- helpers -------------------------------------------------------------------------------

    private URI start(Responder responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        // A thread per exchange, so that a handler that never answers does not block the next attempt.
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/oop/exemptions", exchange -> {
            try (exchange) {
                int call = calls.incrementAndGet();
                requestLines.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type"));
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                requestBodies.add(request);
                responder.respond(exchange, strings(request.get("iins")), call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        server.start();
        // Trailing slash on purpose: the source must not produce "//exemptions".
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oop/");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static OopHttpProperties fast() {
        return fast(3);
    }

    /** Short back-off; timeouts generous enough for a cold JVM on a busy machine. */
    private static OopHttpProperties fast(int maxAttempts) {
        return new OopHttpProperties(URI.create("http://unused"), 500, Duration.ofSeconds(2),
                Duration.ofSeconds(5), maxAttempts, Duration.ofMillis(10), 2.0, Duration.ofMillis(40));
    }

    /** For the tests that wait for timeouts to expire: small, so that they stay fast. */
    private static OopHttpProperties impatient(int maxAttempts) {
        return new OopHttpProperties(URI.create("http://unused"), 500, Duration.ofMillis(100),
                Duration.ofMillis(200), maxAttempts, Duration.ofMillis(10), 2.0, Duration.ofMillis(40));
    }

    private static OopHttpExemptionSource source(URI base, OopHttpProperties p) {
        return new OopHttpExemptionSource(new OopHttpProperties(base, p.batchSize(), p.connectTimeout(),
                p.requestTimeout(), p.maxAttempts(), p.initialBackoff(), p.backoffMultiplier(), p.maxBackoff()));
    }

    private static ExemptionsUnavailableException fails(OopHttpExemptionSource source, List<String> iins) {
        ExemptionsUnavailableException e = catchThrowableOfType(ExemptionsUnavailableException.class,
                () -> source.exemptionsFor(CYCLE, iins));
        assertThat(e).as("ExemptionsUnavailableException").isNotNull();
        return e;
    }

    /** Neither the message nor anything chained to it (causes, suppressed attempts) shows a full IIN. */
    private static void assertNoFullIin(Throwable failure, String... iins) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all);
        for (Throwable t : all) {
            for (String iin : iins) {
                assertThat(String.valueOf(t.getMessage())).as(t.getClass().getName()).doesNotContain(iin);
            }
        }
    }

    private static void collect(Throwable t, List<Throwable> into) {
        if (t == null || into.contains(t)) {
            return;
        }
        into.add(t);
        collect(t.getCause(), into);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, into);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(node -> values.add(node.stringValue()));
        return values;
    }

    private static String iin(int n) {
        return String.format("%012d", 850101300000L + n);
    }
}
