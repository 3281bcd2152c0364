package kz.assistant.reimbursement.exemptions;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@link OopHttpExemptionSource}, bound from {@code reimbursement.oop.http.*}.
 *
 * <p>Worst case, one batch takes {@code maxAttempts × (connectTimeout + requestTimeout)} plus the
 * back-off pauses (with the defaults: 4 × 35 s + 0.5 + 1 + 2 s, a little over 2 minutes) before
 * the step fails; keep that in mind when changing them.
 *
 * @param baseUrl           root of OOP's service; requests go to {@code {baseUrl}/exemptions}
 * @param batchSize         IINs per request
 * @param connectTimeout    time to open a connection
 * @param requestTimeout    time for the answer once connected; one attempt as a whole, body
 *                          included, is cut off after connect-timeout + request-timeout
 * @param maxAttempts       attempts per batch, the first one included
 * @param initialBackoff    pause before the second attempt
 * @param backoffMultiplier factor applied to the pause after each further attempt
 * @param maxBackoff        longest pause between two attempts
 */
@ConfigurationProperties(prefix = "reimbursement.oop.http")
public record OopHttpProperties(
        URI baseUrl,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("10s") Duration maxBackoff) {

    /*
     * Validated here rather than with Bean Validation so that a wrong setting stops the
     * application at start-up even where no validator is on the classpath, and so that plain
     * construction (tests, tools) gets the same checks.
     */
    public OopHttpProperties {
        Objects.requireNonNull(baseUrl, "reimbursement.oop.http.base-url must be set");
        if (!"http".equalsIgnoreCase(baseUrl.getScheme()) && !"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException(
                    "reimbursement.oop.http.base-url must be an http or https URL: " + baseUrl);
        }
        requirePositive(batchSize, "batch-size");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(requestTimeout, "request-timeout");
        requirePositive(maxAttempts, "max-attempts");
        Objects.requireNonNull(initialBackoff, "reimbursement.oop.http.initial-backoff must be set");
        Objects.requireNonNull(maxBackoff, "reimbursement.oop.http.max-backoff must be set");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("reimbursement.oop.http: need 0 <= initial-backoff ("
                    + initialBackoff + ") <= max-backoff (" + maxBackoff + ")");
        }
        if (!(backoffMultiplier >= 1.0)) {
            throw new IllegalArgumentException(
                    "reimbursement.oop.http.backoff-multiplier must be at least 1: " + backoffMultiplier);
        }
    }

    /** The documented defaults, for use outside Spring; must match the {@code @DefaultValue}s above. */
    public static OopHttpProperties withDefaults(URI baseUrl) {
        return new OopHttpProperties(baseUrl, 500, Duration.ofSeconds(5), Duration.ofSeconds(30), 4,
                Duration.ofMillis(500), 2.0, Duration.ofSeconds(10));
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("reimbursement.oop.http." + name + " must be positive: " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("reimbursement.oop.http." + name + " must be positive: " + value);
        }
    }
}
