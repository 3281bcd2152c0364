package kz.assistant.reimbursement.system;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the whole program ({@code reimbursement.*}).
 *
 * @param home        the home folder: inbox/, outbox/ and the embedded database
 * @param chunkSize   items per transaction; small chunks are expensive with a JDBC job repository
 * @param acts        checks on the acts file
 * @param language    language of officer-facing text (ru | kk | en)
 */
@ConfigurationProperties(prefix = "reimbursement")
public record ReimbursementProperties(Path home, int chunkSize, Acts acts, String language) {

    public ReimbursementProperties {
        if (home == null) {
            home = Path.of("var");
        }
        if (chunkSize <= 0) {
            chunkSize = 1000;
        }
        if (acts == null) {
            acts = new Acts(null);
        }
        if (language == null || language.isBlank()) {
            language = "ru";
        }
    }

    /** @param rejectionThreshold share of rejected rows above which the file is refused (docs/rules.md: 20 %) */
    public record Acts(BigDecimal rejectionThreshold) {
        public Acts {
            if (rejectionThreshold == null) {
                rejectionThreshold = new BigDecimal("0.20");
            }
        }
    }
}
