package kz.assistant.reimbursement.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

/** The layout of the home folder (docs/file-contract.md, "Where files live"). */
@Component
public class HomeFolder {

    private final Path root;

    public HomeFolder(ReimbursementProperties properties) {
        this.root = properties.home().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path inbox(YearMonth cycleMonth) {
        return root.resolve("inbox").resolve(cycleMonth.toString());
    }

    /** The outbox of a cycle, created on first use. */
    public Path outbox(YearMonth cycleMonth) {
        Path dir = root.resolve("outbox").resolve(cycleMonth.toString());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the outbox " + dir, e);
        }
        return dir;
    }

    public static Path databaseDirectory(Path home) {
        return home.toAbsolutePath().normalize().resolve("db");
    }
}
