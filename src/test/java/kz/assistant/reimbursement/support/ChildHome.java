package kz.assistant.reimbursement.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kz.assistant.reimbursement.system.EmbeddedServerAccess;

/**
 * A home folder used by real child processes of the program ({@code java -cp <test classpath>
 * ReimbursementApplication ...}), the way cron and an officer run it: its own inbox, outbox and
 * embedded PostgreSQL under {@code db/}. The test can look into the child's database while it runs,
 * kill the child with SIGKILL, kill its PostgreSQL, and stops whatever PostgreSQL is left at the end.
 */
public final class ChildHome {

    private static final String MAIN = "kz.assistant.reimbursement.ReimbursementApplication";

    private final Path root;
    private final List<String> systemProperties;
    private int runs;

    public ChildHome(Path root, String... systemProperties) throws IOException {
        this.root = Files.createDirectories(root);
        Files.createDirectories(root.resolve("tmp"));
        this.systemProperties = List.of(systemProperties);
    }

    public Path root() {
        return root;
    }

    public Path db() {
        return root.resolve("db");
    }

    /** Starts the program with these arguments; its output goes to run-N.log in the home. */
    public Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.io.tmpdir=" + root.resolve("tmp"));
        command.addAll(systemProperties);
        command.add("-cp");
        // In surefire this may be a manifest-only jar: java -cp reads its Class-Path.
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN);
        command.addAll(List.of(args));
        Path log = root.resolve("run-" + (++runs) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("REIMBURSEMENT_HOME", root.toString());
        builder.environment().put("REIMBURSEMENT_STARTED_BY", "test-officer");
        builder.environment().put("REIMBURSEMENT_DEBTOR_IBAN", IntegrationTest.SAMPLE_DEBTOR_IBAN);
        builder.environment().put("REIMBURSEMENT_DEBTOR_BIC", IntegrationTest.SAMPLE_DEBTOR_BIC);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        return new Child(builder.start(), log);
    }

    /** Runs the program to its end (bounded) and returns its exit code and output. */
    public Finished run(Duration limit, String... args) throws Exception {
        Child child = start(args);
        return child.await(limit);
    }

    /** The child's PostgreSQL, when its postmaster.pid names a live process. */
    public Optional<ProcessHandle> postgres() {
        return pidFileLine(0).map(Long::parseLong).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** A connection to the child's PostgreSQL, or empty while it is not up. */
    public Optional<Connection> connect() {
        if (postgres().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> port = pidFileLine(3);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DriverManager.getConnection("jdbc:postgresql://localhost:" + port.get() + "/postgres", "postgres",
                    EmbeddedServerAccess.password(db())));
        } catch (SQLException | IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the child's PostgreSQL lets in its superuser without a password (it must not). */
    public boolean acceptsConnectionWithoutPassword() {
        Optional<String> port = pidFileLine(3);
        if (port.isEmpty()) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port.get() + "/postgres", "postgres", "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Output files half-written when a run was killed (AtomicFile's .name.tmp). */
    public List<Path> temporaryFilesInOutbox() throws IOException {
        Path outbox = root.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Stops a PostgreSQL left running (orphaned by a killed child): fast shutdown, then SIGKILL. */
    public void stopLeftoverPostgres() {
        postgres().ifPresent(pg -> {
            pg.destroy();
            try {
                pg.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                pg.destroyForcibly();
            }
        });
    }

    private Optional<String> pidFileLine(int index) {
        Path pidFile = db().resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.size() > index && !lines.get(index).isBlank() ? Optional.of(lines.get(index).trim()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A running child. */
    public record Child(Process process, Path log) {

        /** SIGKILL on Linux: no shutdown hook runs, the embedded PostgreSQL stays up, orphaned. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }

        public Finished await(Duration limit) throws Exception {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError("the child did not end within " + limit + ":\n" + output());
            }
            return new Finished(process.exitValue(), output());
        }

        public String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    public record Finished(int exitCode, String output) {
    }
}
