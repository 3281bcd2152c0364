package kz.assistant.reimbursement.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesBytesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.bin");

        AtomicFile.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(listing()).containsExactly("out.bin");
    }

    @Test
    void writesTextInTheGivenCharset() throws IOException {
        Path target = dir.resolve("records.csv");

        AtomicFile.writeText(target, StandardCharsets.UTF_8, w -> w.write("iin;name\n000101500123;Әлия\n"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("iin;name\n000101500123;Әлия\n");
    }

    @Test
    void fileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("personal.csv");

        AtomicFile.writeText(target, StandardCharsets.UTF_8, w -> w.write("x"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void failureKeepsThePreviousTargetAndRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("list.csv");
        Files.writeString(target, "previous complete content");

        assertThatThrownBy(() -> AtomicFile.writeText(target, StandardCharsets.UTF_8, w -> {
            w.write("half of the new content");
            w.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("previous complete content");
        assertThat(listing()).containsExactly("list.csv");
    }

    @Test
    void uncheckedFailureLeavesNoTargetAtAll() throws IOException {
        Path target = dir.resolve("new.bin");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(42);
            throw new UncheckedIOException(new IOException("boom"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(target).doesNotExist();
        assertThat(listing()).isEmpty();
    }

    @Test
    void replacesAnExistingTargetAndAStaleTemporaryFile() throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "old");
        Files.writeString(dir.resolve(".report.xlsx.tmp"), "left by a crashed run");

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing()).containsExactly("report.xlsx");
    }

    @Test
    void pendingWriteThatIsNotCommittedLeavesNothing() throws IOException {
        Path target = dir.resolve("sub/dir/late.csv");

        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            pending.stream().write("partial".getBytes(StandardCharsets.US_ASCII));
            assertThat(pending.tempPath()).exists().hasFileName(".late.csv.tmp");
        }

        assertThat(target).doesNotExist();
        assertThat(target.getParent()).isEmptyDirectory();
    }

    @Test
    void pendingWriteSpanningSeveralCallsAppearsOnCommit() throws IOException {
        Path target = dir.resolve("chunks.csv");

        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            pending.stream().write("a\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(target).doesNotExist();
            pending.stream().write("b\n".getBytes(StandardCharsets.US_ASCII));
            pending.commit();
            assertThatThrownBy(pending::stream).isInstanceOf(IllegalStateException.class);
        }

        assertThat(Files.readString(target)).isEqualTo("a\nb\n");
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
