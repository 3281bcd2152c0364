package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is as closed as a packaged one: no local account but the home's owner
 * reaches it (issue 14, point 1).
 */
class EmbeddedServerAccessTests {

    @TempDir
    Path home;

    @Test
    void aNewHomesServerAsksEveryConnectionForThePasswordKeptReadableByItsOwnerOnly() throws Exception {
        Path db = home.resolve("db");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(db, false)) {
            assertThat(Files.getPosixFilePermissions(home.resolve("db-password"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(home.resolve("db-socket"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.readString(db.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", EmbeddedServerAccess.password(db))) {
                assertThat(setting(c, "listen_addresses")).isEqualTo("localhost");
                assertThat(setting(c, "unix_socket_directories")).isEqualTo(home.resolve("db-socket").toString());
            }
        }
    }

    @Test
    void anotherOperatingSystemUserCannotConnectNorReadThePassword() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"))
                && Files.isExecutable(Path.of("/usr/bin/psql")), "needs root, setpriv and psql to act as another user");
        // Everyone may walk to the home: only the server's own protections stand in the way.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = home.resolve("db");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(db, false)) {
            Result tcp = asNobody("/usr/bin/psql", "-w", "-h", "127.0.0.1", "-p", String.valueOf(server.port()), "-U", "postgres",
                    "-d", "postgres", "-c", "select 1");
            assertThat(tcp.exitCode()).as(tcp.output()).isNotZero();
            assertThat(tcp.output()).contains("password");

            Result socket = asNobody("/usr/bin/psql", "-w", "-h", home.resolve("db-socket").toString(), "-p", String.valueOf(server.port()),
                    "-U", "postgres", "-d", "postgres", "-c", "select 1");
            assertThat(socket.exitCode()).as(socket.output()).isNotZero();
            assertThat(socket.output()).contains("Permission denied");

            Result password = asNobody("/bin/cat", home.resolve("db-password").toString());
            assertThat(password.exitCode()).isNotZero();
            assertThat(password.output()).contains("Permission denied").doesNotContain(EmbeddedServerAccess.password(db));
        }
    }

    @Test
    void aHomeOfTheVersionThatTrustedEveryoneIsClosedAtItsNextStartAndKeepsItsData() throws Exception {
        Path db = home.resolve("db");
        // The earlier version: zonky's own setup, trust for every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(db).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept_record (id int primary key)");
            s.execute("insert into kept_record values (42)");
        }
        assertThat(Files.readString(db.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(db, false)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = server.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id from kept_record")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
        assertThat(Files.readString(db.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result asNobody(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
