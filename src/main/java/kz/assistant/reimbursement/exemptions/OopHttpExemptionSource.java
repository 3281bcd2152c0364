package kz.assistant.reimbursement.exemptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Asks OOP's HTTP service which assistants are exempt from OPV / OSMS.
 *
 * <h2>Protocol</h2>
 * (OOP's service, our design; also described in {@code docs/oop-http.md})
 * <pre>
 * POST {baseUrl}/exemptions
 * Content-Type: application/json
 *
 * {"cycle_month":"2026-03","iins":["850101300023", ...]}        -- at most batch-size IINs
 *
 * 200 OK
 * Content-Type: application/json
 *
 * {"answered":["850101300023", ...],
 *  "exemptions":[{"iin":"850101300023","opv_exempt":true,"osms_exempt":false,
 *                 "basis":"...","valid_from":"2025-01-01","valid_to":null}]}
 * </pre>
 * <ul>
 *   <li>{@code answered} lists every IIN the service looked up. An asked IIN missing from it makes
 *       the answer incomplete and the call fails: no answer is never read as "not exempt".</li>
 *   <li>An answered IIN with no {@code exemptions} entry is not exempt. One IIN may have several
 *       entries (different periods); all are returned, the caller picks by service month with
 *       {@link Exemption#coversMonth}.</li>
 *   <li>{@code valid_from} is required, {@code valid_to} may be null or absent (open-ended),
 *       {@code basis} may be null or absent.</li>
 *   <li>An IIN in either list that was not asked means the answer belongs to another request:
 *       the call fails.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * Each batch is retried with exponential back-off (Spring's {@link RetryTemplate}) on I/O errors,
 * connect and request timeouts, HTTP 5xx and 429. One attempt is cut off after connect-timeout +
 * request-timeout even when the service has started answering and then stalls. Any other status, malformed JSON, a wrong
 * content or an incomplete answer fails at once. Every failure is an
 * {@link ExemptionsUnavailableException}; messages and logs show IINs masked only. The answer's
 * checks are {@link OopAnswer}'s.
 *
 * <p>Thread-safe; one instance may serve concurrent calls.
 */
public class OopHttpExemptionSource implements ExemptionSource {

    private static final Logger log = LoggerFactory.getLogger(OopHttpExemptionSource.class);

    private final OopHttpProperties properties;
    private final URI endpoint;
    private final HttpClient client;
    private final RetryTemplate retryTemplate;
    /** Upper bound of one attempt, connecting and reading the whole body included. */
    private final Duration exchangeDeadline;

    public OopHttpExemptionSource(OopHttpProperties properties) {
        this(properties, HttpClient.newBuilder());
    }

    /**
     * @param clientBuilder lets the wiring add what OOP's network needs (an {@code SSLContext} for
     *                      mutual TLS, a proxy, an executor); connect timeout and HTTP version are
     *                      set here from {@code properties}
     */
    public OopHttpExemptionSource(OopHttpProperties properties, HttpClient.Builder clientBuilder) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.endpoint = URI.create(properties.baseUrl().toString().replaceAll("/+$", "") + "/exemptions");
        this.client = clientBuilder
                .connectTimeout(properties.connectTimeout())
                // Plain HTTP/1.1: the JDK would otherwise try an h2c upgrade on http:// URLs,
                // which some proxies in front of government services reject.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        RetryPolicy retryPolicy = RetryPolicy.builder()
                .maxRetries(properties.maxAttempts() - 1L)
                .delay(properties.initialBackoff())
                .multiplier(properties.backoffMultiplier())
                .maxDelay(properties.maxBackoff())
                .predicate(OopHttpExemptionSource::isTransient)
                .build();
        this.retryTemplate = new RetryTemplate(retryPolicy);
        this.exchangeDeadline = properties.connectTimeout().plus(properties.requestTimeout());
    }

    @Override
    public List<Exemption> exemptionsFor(YearMonth cycleMonth, Collection<String> assistantIins) {
        Objects.requireNonNull(cycleMonth, "cycleMonth");
        Objects.requireNonNull(assistantIins, "assistantIins");
        List<String> iins = new ArrayList<>(new LinkedHashSet<>(assistantIins));
        if (iins.contains(null)) {
            throw new IllegalArgumentException("assistantIins contains null");
        }
        if (iins.isEmpty()) {
            return List.of();
        }
        int batchSize = properties.batchSize();
        int batches = (iins.size() + batchSize - 1) / batchSize;
        List<Exemption> result = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<String> batch = iins.subList(b * batchSize, Math.min(iins.size(), (b + 1) * batchSize));
            String label = "batch %d/%d of cycle %s (%d IINs)".formatted(b + 1, batches, cycleMonth, batch.size());
            result.addAll(askBatch(cycleMonth, batch, label));
        }
        log.info("OOP answered for cycle {}: {} IINs in {} batch(es), {} exemption entries",
                cycleMonth, iins.size(), batches, result.size());
        return List.copyOf(result);
    }

    private List<Exemption> askBatch(YearMonth cycleMonth, List<String> batch, String label) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(OopAnswer.requestBody(cycleMonth, batch)))
                .build();
        AtomicInteger attempt = new AtomicInteger();
        Retryable<byte[]> call = new Retryable<>() {
            @Override
            public byte[] execute() throws Exception {
                int n = attempt.incrementAndGet();
                try {
                    return send(request);
                } catch (Exception e) {
                    log.warn("OOP {}: attempt {} of {} failed: {}{}", label, n, properties.maxAttempts(), describe(e),
                            isTransient(e) ? "" : " (not retried)");
                    throw e;
                }
            }

            @Override
            public String getName() {
                return "OOP exemptions " + label;
            }
        };
        byte[] body;
        try {
            body = retryTemplate.execute(call);
        } catch (RetryException e) {
            throw failure(label, attempt.get(), e);
        }
        return OopAnswer.parse(body, batch, label);
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException, UnexpectedStatusException {
        // HttpRequest.timeout only bounds the wait for the response headers; a service that sends
        // headers and then stalls in the body would hang the step. The deadline on the future
        // bounds the whole exchange, and cancelling it aborts the connection.
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(exchangeDeadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ExchangeDeadlineException(exchangeDeadline);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
        if (response.statusCode() != 200) {
            throw new UnexpectedStatusException(response.statusCode());
        }
        return response.body();
    }

    private static IOException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** 429 and 5xx say "later"; any other status will not change on its own, so retrying only delays the failure. */
    private static boolean isTransient(Throwable t) {
        if (t instanceof UnexpectedStatusException status) {
            return status.status == 429 || (status.status >= 500 && status.status <= 599);
        }
        // Timeouts are IOExceptions too (HttpTimeoutException, HttpConnectTimeoutException).
        return t instanceof IOException;
    }

    private ExemptionsUnavailableException failure(String label, int attempts, RetryException e) {
        Throwable last = e.getCause();
        if (last instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new ExemptionsUnavailableException(
                    "Interrupted while asking OOP for " + label + " (attempt " + attempts + ")", e);
        }
        if (last instanceof UnexpectedStatusException && !isTransient(last)) {
            return new ExemptionsUnavailableException(
                    "OOP refused " + label + ": " + describe(last) + " (not retried)", e);
        }
        if (!isTransient(last)) {
            return new ExemptionsUnavailableException(
                    "Asking OOP failed for " + label + ": " + describe(last) + " (not retried)", e);
        }
        return new ExemptionsUnavailableException("OOP gave no answer for " + label + " after " + attempts
                + " attempt(s) of " + properties.maxAttempts() + "; last cause: " + describe(last), e);
    }

    private String describe(Throwable t) {
        if (t instanceof UnexpectedStatusException status) {
            return "HTTP " + status.status;
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "no connection within " + properties.connectTimeout().toMillis() + " ms";
        }
        if (t instanceof ExchangeDeadlineException) {
            return t.getMessage();
        }
        if (t instanceof HttpTimeoutException) {
            return "no answer within " + properties.requestTimeout().toMillis() + " ms";
        }
        // JDK I/O messages name hosts and sockets, never the request body, so they are safe to show.
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The answer began but did not complete in time. */
    private static final class ExchangeDeadlineException extends HttpTimeoutException {
        ExchangeDeadlineException(Duration deadline) {
            super("no complete answer within " + deadline.toMillis() + " ms (connect-timeout + request-timeout)");
        }
    }

    /** A non-200 answer, carried through the retry template so that its policy can judge the status. */
    private static final class UnexpectedStatusException extends Exception {
        private final int status;

        UnexpectedStatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }
}
