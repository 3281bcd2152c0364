package kz.assistant.reimbursement.system;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: a real PostgreSQL whose data lives under the home folder, so that
 * job history survives the JVM.
 *
 * <p>A JVM killed with {@code kill -9} leaves its PostgreSQL running, orphaned, with a live
 * {@code postmaster.pid}; starting a second server on the same data directory would fail on the lock.
 * So a live server found in the data directory is used as it is: when its parent (the killed JVM) is
 * gone the server is adopted and stopped at the end of this run, when its parent is alive (another
 * run of the program, started by cron or an officer) it is shared and left alone. A pid file whose
 * process is gone is stale and removed.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres started;
    private final int port;
    private final Path dataDirectory;
    private final ProcessHandle adoptedOrphan;

    private EmbeddedPostgresServer(EmbeddedPostgres started, int port, Path dataDirectory, ProcessHandle adoptedOrphan) {
        this.started = started;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.adoptedOrphan = adoptedOrphan;
    }

    /**
     * @param durable fsync and synchronous commit on: a kept database holds real records; tests turn it off
     */
    public static EmbeddedPostgresServer startOrAttach(Path dataDirectory, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<RunningServer> running = RunningServer.read(pidFile);
        if (running.isPresent()) {
            RunningServer server = running.get();
            Optional<ProcessHandle> process = ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive)
                    .filter(EmbeddedPostgresServer::isPostgres);
            if (process.isPresent()) {
                boolean orphan = process.get().parent().map(p -> p.pid() == 1 || !p.isAlive()).orElse(true);
                log.info("Embedded PostgreSQL already running on port {} ({}): using it", server.port(),
                        orphan ? "left by a killed run, adopted" : "shared with a run in progress");
                return new EmbeddedPostgresServer(null, server.port(), dataDirectory, orphan ? process.get() : null);
            }
            log.info("Removing the stale {} of a server that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("max_wal_size", "2GB");
        EmbeddedPostgres postgres = builder.start();
        return new EmbeddedPostgresServer(postgres, postgres.getPort(), dataDirectory, null);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        } else if (adoptedOrphan != null) {
            stopAdopted();
        }
    }

    // SIGTERM asks the postmaster for a "smart" shutdown; SIGINT ("fast") would abort other sessions,
    // but nobody else uses an orphan.
    private void stopAdopted() {
        adoptedOrphan.destroy();
        try {
            adoptedOrphan.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("The adopted PostgreSQL (pid {}) did not stop in time in {}", adoptedOrphan.pid(), dataDirectory);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    /** The first lines of postmaster.pid: pid, data directory, start time, port. */
    private record RunningServer(long pid, int port) {
        static Optional<RunningServer> read(Path pidFile) {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            try {
                List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
                if (lines.size() < 4) {
                    return Optional.of(new RunningServer(Long.parseLong(lines.get(0).trim()), -1));
                }
                return Optional.of(new RunningServer(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | RuntimeException e) {
                return Optional.of(new RunningServer(-1, -1));
            }
        }
    }
}
