package kz.assistant.reimbursement.exemptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OopHttpPropertiesTests {

    private static OopHttpProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bind("reimbursement.oop.http", OopHttpProperties.class).get();
    }

    @Test
    void unsetPropertiesTakeTheDocumentedDefaults() {
        OopHttpProperties bound = bind(Map.of("reimbursement.oop.http.base-url", "https://oop.example/api"));

        assertThat(bound).isEqualTo(OopHttpProperties.withDefaults(URI.create("https://oop.example/api")));
        assertThat(bound.batchSize()).isEqualTo(500);
        assertThat(bound.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(bound.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(bound.maxAttempts()).isEqualTo(4);
        assertThat(bound.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(bound.backoffMultiplier()).isEqualTo(2.0);
        assertThat(bound.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void kebabCaseSettingsAreBound() {
        OopHttpProperties bound = bind(Map.of(
                "reimbursement.oop.http.base-url", "http://localhost:8089",
                "reimbursement.oop.http.batch-size", "100",
                "reimbursement.oop.http.connect-timeout", "2s",
                "reimbursement.oop.http.request-timeout", "1m",
                "reimbursement.oop.http.max-attempts", "6",
                "reimbursement.oop.http.initial-backoff", "1s",
                "reimbursement.oop.http.backoff-multiplier", "3",
                "reimbursement.oop.http.max-backoff", "30s"));

        assertThat(bound).isEqualTo(new OopHttpProperties(URI.create("http://localhost:8089"), 100,
                Duration.ofSeconds(2), Duration.ofMinutes(1), 6, Duration.ofSeconds(1), 3.0, Duration.ofSeconds(30)));
    }

    @Test
    void wrongSettingsAreRejected() {
        assertThatThrownBy(() -> bind(Map.of("reimbursement.oop.http.batch-size", "10")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("base-url");
        assertThatThrownBy(() -> bind(Map.of("reimbursement.oop.http.base-url", "ftp://oop")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("http or https");
        assertThatThrownBy(() -> bind(Map.of("reimbursement.oop.http.base-url", "http://oop",
                "reimbursement.oop.http.batch-size", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("batch-size");
        assertThatThrownBy(() -> bind(Map.of("reimbursement.oop.http.base-url", "http://oop",
                "reimbursement.oop.http.initial-backoff", "20s")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-backoff");
    }
}
