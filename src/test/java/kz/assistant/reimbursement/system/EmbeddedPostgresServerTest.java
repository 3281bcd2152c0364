package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one home at once (cron's job and an officer's {@code status}): the second uses the
 * server the first started and leaves it to its owner. Adoption of a killed run's server is shown
 * with real processes in KilledRunRecoveryIntegrationTests.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path home;

    @Test
    void secondRunSharesTheServerAndLeavesItToTheRunThatStartedIt() throws Exception {
        Path db = home.resolve("db");
        EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrAttach(db, false);
        try {
            EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrAttach(db, false);

            assertThat(second.port()).isEqualTo(first.port());
            assertThat(first.owned()).isTrue();
            assertThat(second.owned()).isFalse();
            second.close();
            try (Connection c = first.connect()) {
                assertThat(c.isValid(5)).as("still up for the first run").isTrue();
            }
        } finally {
            first.close();
        }
        assertThat(postmaster(db)).as("stopped by its owner").isEmpty();
    }

    /**
     * Two commands started at the same moment on a new home (issue 14, point 3): without the home's
     * start lock both run initdb and start a server on the one data directory, and one crashes.
     */
    @Test
    void runsStartedTogetherShareOneServerStartedByOneOfThem() throws Exception {
        Path db = home.resolve("db");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            List<Future<EmbeddedPostgresServer>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(runs.submit(() -> {
                    together.await();
                    return EmbeddedPostgresServer.startOrAttach(db, false);
                }));
            }
            EmbeddedPostgresServer a = started.get(0).get(2, TimeUnit.MINUTES);
            EmbeddedPostgresServer b = started.get(1).get(2, TimeUnit.MINUTES);
            assertThat(a.port()).isEqualTo(b.port());
            assertThat(List.of(a.owned(), b.owned())).containsExactlyInAnyOrder(true, false);
            EmbeddedPostgresServer owner = a.owned() ? a : b;
            EmbeddedPostgresServer sharer = a.owned() ? b : a;
            sharer.close();
            try (Connection c = owner.connect()) {
                assertThat(c.isValid(5)).isTrue();
            }
            owner.close();
        } finally {
            runs.shutdownNow();
        }
        assertThat(postmaster(db)).as("stopped by its owner").isEmpty();
    }

    @Test
    void stalePidFileOfAServerThatIsGoneIsRemovedAndTheServerStarted() throws Exception {
        Path db = home.resolve("db");
        EmbeddedPostgresServer.startOrAttach(db, false).close();
        Files.writeString(db.resolve("postmaster.pid"), "999999\n" + db + "\n0\n5432\n", StandardCharsets.US_ASCII);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(db, false);
             Connection c = server.connect()) {
            assertThat(server.port()).isNotEqualTo(5432);
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static Optional<ProcessHandle> postmaster(Path db) throws Exception {
        Path pidFile = db.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }
}
