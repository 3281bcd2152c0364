package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import kz.assistant.reimbursement.samples.SampleDataGenerator;
import kz.assistant.reimbursement.support.ChildHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Crashes as they happen on the akimat server, with real processes: the program is run as a child
 * JVM on 20 000 generated acts (chunks of 200, so that every chunk step is caught mid-way), killed
 * with SIGKILL at several points, then resumed with {@code restart} in a new process. The records
 * must be those of an uninterrupted run, no act twice, no half-written file. The child's embedded
 * PostgreSQL outlives a SIGKILL, orphaned: the next run has to adopt it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledRunRecoveryIntegrationTests {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final int ACTS = 20_000;
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);
    private static final String[] RUN = {"run", "reimbursement-list", "--month", MARCH.toString()};
    private static final String[] RESTART = {"restart", "reimbursement-list", "--month", MARCH.toString()};

    @TempDir
    static Path temp;

    private static final List<ChildHome> homes = new ArrayList<>();
    private static Path inbox;
    private static Path preparedDatabase;
    private static List<String> uninterruptedRecords;

    @BeforeAll
    static void prepareActsAndReferenceData() throws Exception {
        inbox = temp.resolve("inbox");
        SampleDataGenerator.generate(ACTS, MARCH, inbox, 20260314L, 0);
        // One child loads the reference data; every home starts from a copy of that stopped database.
        ChildHome template = home("template");
        // A new home: zonky unpacks its binaries, initdb, the password set in single-user mode, Flyway.
        ChildHome.Finished imported = template.run(RUN_LIMIT.multipliedBy(2), "reference", "import", "sample-data/reference");
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        preparedDatabase = template.db();
    }

    @AfterAll
    static void stopEveryLeftoverPostgres() {
        homes.forEach(ChildHome::stopLeftoverPostgres);
    }

    @Test
    @Order(1)
    void anUninterruptedRunGivesTheReferenceRecords() throws Exception {
        ChildHome home = preparedHome("uninterrupted");
        ChildHome.Finished run = home.run(RUN_LIMIT, RUN);
        assertThat(run.exitCode()).as(run.output()).isZero();
        uninterruptedRecords = records(home);
        assertThat(uninterruptedRecords).hasSize(ACTS);
    }

    /**
     * One cycle interrupted three ways, each resumed by {@code restart} in a new process: the JVM
     * killed during the act intake, the database killed during the calculation, the JVM killed while
     * a spreadsheet is being written. (One home for the three keeps the test near a minute.)
     */
    @Test
    @Order(2)
    void runKilledAndRunWhoseDatabaseWentAwayAreCompletedByRestartWithTheSameRecords() throws Exception {
        ChildHome home = preparedHome("interrupted");

        ChildHome.Child killedInIntake = home.start(RUN);
        awaitStepProgress(home, killedInIntake, "act-intake", 4_000);
        killedInIntake.kill();
        assertThat(home.postgres()).as("the embedded PostgreSQL outlives SIGKILL, orphaned").isPresent();
        assertThat(home.acceptsConnectionWithoutPassword()).as("the orphan asks for the password as its run did").isFalse();

        ChildHome.Child databaseLost = home.start(RESTART);
        awaitStepProgress(home, databaseLost, "calculation", 4_000);
        assertThat(databaseLost.output()).contains("adopted");
        ProcessHandle postgres = home.postgres().orElseThrow();
        postgres.destroyForcibly();
        postgres.onExit().get(20, TimeUnit.SECONDS);
        ChildHome.Finished failed = databaseLost.await(RUN_LIMIT);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("reimbursement-list 2026-03 FAILED: the database went away during the run")
                .contains("resume with: scripts/reimbursement restart reimbursement-list --month 2026-03");

        ChildHome.Child killedInSpreadsheets = home.start(RESTART);
        awaitTemporaryFile(home, killedInSpreadsheets);
        killedInSpreadsheets.kill();
        assertThat(home.temporaryFilesInOutbox()).as("killed while a spreadsheet was being written").isNotEmpty();
        assertThat(killedInSpreadsheets.output()).contains("Removing the stale").contains("calculation: started");

        ChildHome.Finished last = home.run(RUN_LIMIT, RESTART);

        assertThat(last.exitCode()).as(last.output()).isZero();
        assertThat(last.output()).contains("reimbursement-list 2026-03 completed: 20000 acts read, 20000 accepted");
        assertThat(home.postgres()).as("the adopted orphan is stopped at the end of the run").isEmpty();
        assertThat(home.temporaryFilesInOutbox()).isEmpty();
        assertThat(records(home)).isEqualTo(uninterruptedRecords);
    }

    private static ChildHome home(String name) throws IOException {
        ChildHome home = new ChildHome(temp.resolve(name), "-Dreimbursement.chunk-size=200", "-Dreimbursement.acts.min-part-bytes=1",
                "-Dreimbursement.embedded.durable=false", "-Dreimbursement.embedded.connection-timeout=3s");
        homes.add(home);
        return home;
    }

    private static ChildHome preparedHome(String name) throws IOException {
        ChildHome home = home(name);
        copy(preparedDatabase, home.db());
        // The database asks for the password of the home that made it.
        Files.copy(preparedDatabase.resolveSibling("db-password"), home.root().resolve("db-password"), StandardCopyOption.COPY_ATTRIBUTES);
        // PostgreSQL refuses a data directory that others may read.
        Files.setPosixFilePermissions(home.db(), PosixFilePermissions.fromString("rwx------"));
        copy(inbox, home.root().resolve("inbox").resolve(MARCH.toString()));
        return home;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        FileSystemUtils.copyRecursively(from, to);
    }

    /**
     * Waits (bounded) until the step has committed at least {@code items} items in the running child;
     * for a partitioned step (the calculation), one of its partitions.
     */
    private static void awaitStepProgress(ChildHome home, ChildHome.Child child, String step, long items) throws Exception {
        awaitInChild(child, "step " + step + " past " + items + " items", () -> {
            Optional<Connection> connection = home.connect();
            if (connection.isEmpty()) {
                return false;
            }
            try (Connection c = connection.get(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select coalesce(max(write_count + filter_count), 0) from batch_step_execution "
                         + "where (step_name = '" + step + "' or step_name like '" + step + "-partition:%') and status = 'STARTED'")) {
                return rs.next() && rs.getLong(1) >= items;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void awaitTemporaryFile(ChildHome home, ChildHome.Child child) throws Exception {
        awaitInChild(child, "a spreadsheet being written", () -> {
            try {
                return home.temporaryFilesInOutbox().stream().anyMatch(p -> p.getFileName().toString().endsWith(".xlsx.tmp"));
            } catch (IOException | java.io.UncheckedIOException e) {
                // a temporary file renamed while the folder was being listed: look again
                return false;
            }
        });
    }

    private static void awaitInChild(ChildHome.Child child, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            if (!child.process().isAlive()) {
                throw new AssertionError("the child ended before " + what + ":\n" + child.output());
            }
            Thread.sleep(5);
        }
        child.kill();
        throw new AssertionError("no " + what + " within " + RUN_LIMIT + ":\n" + child.output());
    }

    /** The records as CBD gets them, read from the home's database with the program's own server class. */
    private static List<String> records(ChildHome home) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(home.db(), false);
             Connection c = server.connect();
             Statement s = c.createStatement()) {
            try (ResultSet dup = s.executeQuery("select count(*) - count(distinct act_number) from reimbursement_record")) {
                dup.next();
                assertThat(dup.getLong(1)).as("acts recorded twice").isZero();
            }
            List<String> records = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select record_id, act_number, guaranteed, opv, osms, to_supplier "
                    + "from reimbursement_record order by record_id")) {
                while (rs.next()) {
                    records.add(rs.getLong(1) + ";" + rs.getString(2) + ";" + rs.getBigDecimal(3) + ";" + rs.getBigDecimal(4)
                            + ";" + rs.getBigDecimal(5) + ";" + rs.getBigDecimal(6));
                }
            }
            return records;
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
