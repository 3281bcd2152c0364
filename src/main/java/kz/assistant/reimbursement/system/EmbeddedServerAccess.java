package kz.assistant.reimbursement.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import kz.assistant.reimbursement.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may reach the embedded PostgreSQL: as a packaged server allows, nobody without the password.
 * zonky's {@code initdb} writes {@code trust} for every local connection (it is made for tests); this
 * class closes the cluster before each start, a new one and one made by an earlier version alike:
 * <ul>
 * <li>the superuser's password is random, made once and kept in {@code <home>/db-password}, readable
 *     by its owner only;
 * <li>{@code pg_hba.conf} asks {@code scram-sha-256} of every connection (socket and loopback TCP);
 * <li>the server listens on the loopback only, and its socket is in {@code <home>/db-socket}, a
 *     directory only the owner may enter.
 * </ul>
 * A cluster whose {@code pg_hba.conf} is not ours (a new one, or a home of the version that trusted
 * everyone) gets its password in PostgreSQL's single-user mode before the server starts, so there is
 * never a moment when the server runs open. Data is untouched: only the role's password and the access
 * file change.
 */
public final class EmbeddedServerAccess {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerAccess.class);
    private static final String PASSWORD_FILE = "db-password";
    private static final String SOCKET_DIRECTORY = "db-socket";
    private static final String HBA_MARK = "# Closed by the reimbursement program (EmbeddedServerAccess)";
    static final String HBA = HBA_MARK + """
            : every connection needs the password
            # kept in the home's db-password file. Rewritten at each start of the embedded server.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;
    /** Linux's sun_path holds 108 bytes with its terminating zero. */
    private static final int MAX_SOCKET_PATH = 107;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dataDirectory;
    private final Path passwordFile;
    private final Path socketDirectory;
    private final String password;

    private EmbeddedServerAccess(Path dataDirectory, String password) {
        this.dataDirectory = dataDirectory;
        this.passwordFile = passwordFile(dataDirectory);
        this.socketDirectory = dataDirectory.resolveSibling(SOCKET_DIRECTORY);
        this.password = password;
    }

    /** The access of the cluster in {@code dataDirectory}: its kept password, or a new one not yet set. */
    static EmbeddedServerAccess of(Path dataDirectory) throws IOException {
        Path file = passwordFile(dataDirectory);
        if (Files.isRegularFile(file)) {
            return new EmbeddedServerAccess(dataDirectory, readPassword(file));
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return new EmbeddedServerAccess(dataDirectory, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The superuser's password of the home whose database is {@code dataDirectory}; for tools and tests. */
    public static String password(Path dataDirectory) throws IOException {
        return readPassword(passwordFile(dataDirectory));
    }

    String password() {
        return password;
    }

    /** True when the cluster's access file is ours: a server running on it asks for the password. */
    boolean isClosed() {
        try {
            return Files.readString(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8).startsWith(HBA_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /** Server settings of the closed setup, for zonky's builder. */
    void configure(EmbeddedPostgres.Builder builder) throws IOException {
        builder.setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("unix_socket_directories", socketDirectorySetting())
                .setDataDirectoryCustomizer(directory -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot close the embedded PostgreSQL in " + dataDirectory + " to other users", e);
                    }
                });
    }

    /**
     * The socket directory, owner-only; none (TCP on the loopback only) when its path is too long for
     * a socket or holds a character that zonky's option string cannot carry.
     */
    private String socketDirectorySetting() throws IOException {
        String path = socketDirectory.toAbsolutePath().toString();
        if (path.length() + "/.s.PGSQL.65535".length() > MAX_SOCKET_PATH || !path.matches("[A-Za-z0-9_./-]+")) {
            log.info("The embedded PostgreSQL takes connections on the loopback only: no socket, its path {} would be too long "
                    + "or unusual", path);
            return "''";
        }
        Files.createDirectories(socketDirectory);
        Files.setPosixFilePermissions(socketDirectory, OWNER_ONLY_DIRECTORY);
        return path;
    }

    /**
     * Runs after initdb and before every start (zonky's data directory customizer): sets the password
     * if the cluster is not closed yet, keeps it in the password file, then writes the access file.
     * The order makes an interruption harmless: the next start finds the access file not ours and
     * sets the kept password again.
     */
    private void close() throws IOException {
        if (!isClosed()) {
            setPasswordInSingleUserMode();
            if (!Files.isRegularFile(passwordFile)) {
                AtomicFile.write(passwordFile, out -> out.write(password.getBytes(StandardCharsets.US_ASCII)));
            }
            AtomicFile.write(dataDirectory.resolve("pg_hba.conf"), out -> out.write(HBA.getBytes(StandardCharsets.UTF_8)));
            log.info("The embedded PostgreSQL in {} now asks every connection for the password kept in {}", dataDirectory, passwordFile);
        } else {
            // The file is ours; written again in case someone loosened it by hand.
            AtomicFile.write(dataDirectory.resolve("pg_hba.conf"), out -> out.write(HBA.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * PostgreSQL's single-user mode takes no connections at all: the password is set before the
     * server ever listens. Run the way zonky runs its binaries ({@code unshare -U} when this is root,
     * whom PostgreSQL refuses).
     */
    private void setPasswordInSingleUserMode() throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary().toString(), "--single", "-D", dataDirectory.toString(),
                "-c", "listen_addresses=", "-c", "unix_socket_directories=", "-c", "password_encryption=scram-sha-256", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(("alter role postgres with password '" + password + "'\n").getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL's single-user mode did not end in time in " + dataDirectory);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the password of the embedded PostgreSQL", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            // The output never holds the password: PostgreSQL does not echo statements.
            throw new IOException("Cannot set the password of the embedded PostgreSQL in " + dataDirectory + ": " + output.strip());
        }
    }

    /**
     * zonky unpacks its PostgreSQL once per machine and knows where; it does not say so publicly,
     * hence the one reflective call (zonky 2.2.2, pinned in the pom).
     */
    private static Path postgresBinary() throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return directory.toPath().resolve("bin").resolve("postgres");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("Cannot find the embedded PostgreSQL's binaries (zonky's layout changed?)", e);
        }
    }

    private static Path passwordFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolveSibling(PASSWORD_FILE);
    }

    private static String readPassword(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!permissions.equals(OWNER_ONLY_FILE)) {
            log.warn("{} was readable by others: made readable by its owner only again", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
