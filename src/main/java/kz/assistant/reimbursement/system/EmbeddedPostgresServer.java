package kz.assistant.reimbursement.system;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: a real PostgreSQL whose data lives under the home folder, so that
 * job history survives the JVM.
 *
 * <p>Who owns a running server is told by zonky's lock file {@code epg-lock} in the data directory:
 * the JVM that started the server holds a file lock on it for its whole life, and the operating
 * system drops the lock when that JVM dies, {@code kill -9} included. (The postmaster's parent says
 * nothing: {@code pg_ctl} detaches it, so its parent is init even while its JVM lives.) So a live
 * server found in the data directory is
 * <ul>
 * <li>an orphan when the lock can be taken: its JVM was killed. This run adopts it, holds the lock
 *     as its owner, and stops it at the end;
 * <li>shared when the lock is held: another run (cron, an officer's {@code status}) is using it.
 *     This run uses it and leaves it alone.
 * </ul>
 * The last run out stops the server: an owner that finds another run still connected leaves it
 * running (the next run adopts it); a sharing run that finds the owner gone and nobody connected
 * stops it. A {@code postmaster.pid} whose process is gone (the server was killed) is stale and
 * removed; PostgreSQL's crash recovery does the rest on the next start.
 *
 * <p>The server is closed to everyone without the home's password ({@link EmbeddedServerAccess}),
 * orphans included: the access file is part of the data directory.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String OWNER_LOCK = "epg-lock";
    private static final String APPLICATION_NAME = "reimbursement-run-";

    private final EmbeddedPostgres started;
    private final int port;
    private final Path dataDirectory;
    private final ProcessHandle postmaster;
    private final String password;
    private OwnerLock ownerLock;
    /** Held from attach to close: tells another run closing its own use of the server that this one is in. */
    private Connection presence;

    private EmbeddedPostgresServer(EmbeddedPostgres started, int port, Path dataDirectory, ProcessHandle postmaster,
                                   OwnerLock ownerLock, String password) {
        this.started = started;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.postmaster = postmaster;
        this.ownerLock = ownerLock;
        this.password = password;
    }

    /**
     * Starts the home's server, or attaches to the one already running. One run at a time decides
     * (a lock file of the home): two commands started together would otherwise both start a server
     * on the same data directory, and the second would crash on the first one's lock. The second
     * waits, then shares the first one's server.
     *
     * @param durable fsync and synchronous commit on: a kept database holds real records; tests turn it off
     */
    public static EmbeddedPostgresServer startOrAttach(Path dataDirectory, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        try (StartLock ignored = StartLock.take(dataDirectory, true)) {
            EmbeddedServerAccess access = EmbeddedServerAccess.of(dataDirectory);
            Optional<EmbeddedPostgresServer> running = attach(dataDirectory, access);
            EmbeddedPostgresServer server = running.isPresent() ? running.get() : start(dataDirectory, durable, access);
            server.openPresence();
            return server;
        }
    }

    private static Optional<EmbeddedPostgresServer> attach(Path dataDirectory, EmbeddedServerAccess access) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<RunningServer> running = RunningServer.readSettled(pidFile);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        RunningServer server = running.get();
        Optional<ProcessHandle> process = ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (process.isPresent() && server.port() > 0) {
            Optional<OwnerLock> lock = OwnerLock.tryTake(dataDirectory);
            if (lock.isPresent() && !access.isClosed()) {
                // An orphan of the version that trusted every local user: stopped, and started again closed.
                log.info("Embedded PostgreSQL left running by an earlier version (pid {}), open to every local user: stopping it "
                        + "to start it again closed", server.pid());
                stop(process.get(), dataDirectory);
                lock.get().release();
                return Optional.empty();
            }
            if (!access.isClosed()) {
                log.warn("Embedded PostgreSQL shared with a run of an earlier version: it is closed to other users at its next start");
            }
            log.info("Embedded PostgreSQL already running on port {} (pid {}): {}", server.port(), server.pid(),
                    lock.isPresent() ? "left by a run that was killed, adopted; it is stopped at the end of this run"
                            : "shared with a run in progress");
            return Optional.of(new EmbeddedPostgresServer(null, server.port(), dataDirectory, process.get(), lock.orElse(null),
                    access.password()));
        }
        log.info("Removing the stale {} of a server that is no longer running", pidFile);
        Files.deleteIfExists(pidFile);
        return Optional.empty();
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean durable, EmbeddedServerAccess access) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring closes this bean on exit (and on SIGTERM); zonky's own hook would stop a
                // server that another run still uses.
                .setRegisterShutdownHook(false)
                // After a crash PostgreSQL replays its WAL before it accepts connections.
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // Text is compared byte for byte, in code point order as Java's compareTo does (a new
                // home's database only: initdb sets it once). The cycle sorts and indexes IINs, act
                // and order numbers and months by the million; with "C" PostgreSQL compares them by
                // memcmp and abbreviated keys, and builds their indexes markedly faster than with
                // C.UTF-8 (docs/performance.md); the order no longer depends on the server's locale
                // either. Character classes (ctype) stay the system's.
                .setLocaleConfig("lc-collate", "C")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "60")
                // A month's million records are ~1 GB of table and indexes: the bulk steps sort and
                // hash them in memory rather than in temp files (docs/performance.md), and a
                // checkpoint in the middle of a bulk load doubles its WAL with full-page images.
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("wal_buffers", "32MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min");
        access.configure(builder);
        EmbeddedPostgres postgres = builder.start();
        Optional<ProcessHandle> postmaster = RunningServer.read(pidFile).flatMap(s -> ProcessHandle.of(s.pid()));
        return new EmbeddedPostgresServer(postgres, postgres.getPort(), dataDirectory, postmaster.orElse(null), null, access.password());
    }

    /** How this run's sessions are named in pg_stat_activity. */
    public static String applicationName() {
        return APPLICATION_NAME + ProcessHandle.current().pid();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** The superuser's password (kept in the home's db-password file, readable by its owner only). */
    public String password() {
        return password;
    }

    public String user() {
        return "postgres";
    }

    /** A connection of this run to the server, named as this run's sessions are. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName());
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    private void openPresence() throws IOException {
        try {
            presence = connect();
        } catch (SQLException e) {
            throw new IOException("The embedded PostgreSQL in " + dataDirectory + " does not take this run's connection: "
                    + e.getMessage(), e);
        }
    }

    private void closePresence() {
        if (presence != null) {
            try {
                presence.close();
            } catch (SQLException e) {
                // the server is gone already
            }
            presence = null;
        }
    }

    /** True when this run started or adopted the server (and so is the one to stop it). */
    public boolean owned() {
        return started != null || ownerLock != null;
    }

    @Override
    public void close() throws IOException {
        // No run attaches while this one decides whether to stop the server.
        try (StartLock ignored = StartLock.take(dataDirectory, false)) {
            closePresence();
            if (postmaster != null && !postmaster.isAlive()) {
                log.info("The embedded PostgreSQL (pid {}) had already stopped", postmaster.pid());
                return;
            }
            if (!owned()) {
                // The owner may have ended meanwhile: then the last run out stops the server.
                ownerLock = OwnerLock.tryTake(dataDirectory).orElse(null);
                if (ownerLock == null) {
                    return;
                }
            }
            int others = otherSessions();
            if (others > 0) {
                log.info("The embedded PostgreSQL stays up: {} session(s) of another run still use it", others);
                return;
            }
            if (started != null) {
                started.close();
            } else if (postmaster != null) {
                stop(postmaster, dataDirectory);
            }
        } finally {
            if (ownerLock != null) {
                ownerLock.release();
                ownerLock = null;
            }
        }
    }

    // SIGTERM asks the postmaster for a "smart" shutdown: it waits for sessions still open.
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("The embedded PostgreSQL (pid {}) did not stop in time in {}", postmaster.pid(), dataDirectory);
        }
    }

    /**
     * Sessions of other runs of the program. Runs name their sessions ({@link #APPLICATION_NAME}
     * with their pid): the backends of this run's pool, just closed, may still be listed for a moment.
     */
    private int otherSessions() {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where backend_type = 'client backend' "
                     + "and application_name like ? || '%' and application_name <> ?")) {
            s.setString(1, APPLICATION_NAME);
            s.setString(2, applicationName());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    /**
     * The home's start lock ({@code db-start.lock} beside the data directory): held while a run
     * starts or attaches to the server and while one decides whether to stop it. A file lock for other
     * processes, a JVM-wide lock for other threads of this one (the operating system's lock is per
     * process). The operating system drops it when the JVM dies.
     */
    private record StartLock(ReentrantLock threads, FileChannel channel, FileLock lock) implements AutoCloseable {

        private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

        static StartLock take(Path dataDirectory, boolean announce) throws IOException {
            Path file = dataDirectory.toAbsolutePath().normalize().resolveSibling("db-start.lock");
            ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
            boolean waited = !threads.tryLock();
            if (waited) {
                announceWait(announce);
                threads.lock();
            }
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    if (!waited) {
                        announceWait(announce);
                    }
                    lock = channel.lock();
                }
                return new StartLock(threads, channel, lock);
            } catch (IOException | RuntimeException e) {
                threads.unlock();
                throw e;
            }
        }

        private static void announceWait(boolean announce) {
            if (announce) {
                log.info("Another run of this home is starting or stopping the embedded PostgreSQL: waiting for it, then sharing it");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                threads.unlock();
            }
        }
    }

    /** zonky's {@code epg-lock}, taken by a run that adopts a server whose starting JVM is gone. */
    private record OwnerLock(FileChannel channel, FileLock lock) {
        static Optional<OwnerLock> tryTake(Path dataDirectory) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new OwnerLock(channel, lock));
                }
            } catch (IOException | OverlappingFileLockException e) {
                // held in this very JVM (a test), or not lockable: not ours to take
            }
            closeQuietly(channel);
            return Optional.empty();
        }

        void release() {
            try {
                lock.release();
            } catch (IOException e) {
                // the channel's close below releases it too
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
    }

    /** The first lines of postmaster.pid: pid, data directory, start time, port. */
    private record RunningServer(long pid, int port) {
        /** A server still starting writes its port a moment later: wait for it (bounded) while it lives. */
        static Optional<RunningServer> readSettled(Path pidFile) {
            Optional<RunningServer> server = read(pidFile);
            for (int i = 0; i < 100 && server.isPresent() && server.get().port() <= 0
                    && ProcessHandle.of(server.get().pid()).map(ProcessHandle::isAlive).orElse(false); i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                server = read(pidFile);
            }
            return server;
        }

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
