package kz.assistant.reimbursement.files;

import java.io.BufferedWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes an output file so that readers (operators, the other systems of the cycle, a rerun) only
 * ever see either the previous complete file or the new complete file, never a half-written one:
 * the content goes to {@code .<name>.tmp} in the same directory and is renamed over the target only
 * after it was written in full and flushed to disk.
 *
 * <p>The files hold personal data (IINs, names, IBANs), so on POSIX file systems they are created
 * readable and writable by their owner only ({@code rw-------}).
 *
 * <p>Two writers of the same target at the same time would share one temporary name; the cycle
 * writes each output from one step, so that is not guarded against.
 */
public final class AtomicFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFile() {
    }

    /** Body of a write; may throw {@link IOException} unlike {@link java.util.function.Consumer}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }

    /**
     * Writes {@code target} from {@code body}. If the body throws, the target is left as it was
     * (absent or the previous version) and the temporary file is removed; the exception propagates.
     * The stream given to the body must not be closed by it (closing is harmless, though).
     */
    public static void write(Path target, IOConsumer<? super OutputStream> body) throws IOException {
        Objects.requireNonNull(body, "body");
        try (Pending pending = begin(target)) {
            body.accept(pending.stream());
            pending.commit();
        }
    }

    /** Text variant of {@link #write(Path, IOConsumer)}, for CSV and similar outputs. */
    public static void writeText(Path target, Charset charset, IOConsumer<? super Writer> body) throws IOException {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(body, "body");
        try (Pending pending = begin(target)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(pending.stream(), charset));
            body.accept(writer);
            // The writer buffers; what it holds must reach the file before commit syncs it.
            writer.flush();
            pending.commit();
        }
    }

    /**
     * Starts a write whose content is produced over several calls (e.g. a Spring Batch writer's
     * open / write / close). Nothing appears at {@code target} until {@link Pending#commit()};
     * closing a pending write that was not committed discards it.
     */
    public static Pending begin(Path target) throws IOException {
        return new Pending(target);
    }

    /** A write in progress. Not thread-safe. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean committed;
        private boolean closed;

        private Pending(Path target) throws IOException {
            this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
            Path fileName = this.target.getFileName();
            if (fileName == null) {
                throw new IllegalArgumentException("target has no file name: " + target);
            }
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            // Same directory as the target: a rename is atomic only within one file system.
            this.temp = dir.resolve("." + fileName + ".tmp");
            // A crashed earlier run may have left its temporary file behind.
            Files.deleteIfExists(temp);
            this.channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    ownerOnlyIfPosix(dir));
            // Buffered: StAX and POI write in small pieces, and a system call per piece costs more than the work.
            this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                @Override
                public void close() throws IOException {
                    // The pending write owns the channel; a body closing its stream must not end it.
                    flush();
                }
            };
        }

        /** Where the content goes until commit. */
        public OutputStream stream() {
            if (committed || closed) {
                throw new IllegalStateException("write of " + target + " already " + (committed ? "committed" : "closed"));
            }
            return stream;
        }

        /** The temporary file's path, for diagnostics and tests. */
        public Path tempPath() {
            return temp;
        }

        /** Syncs the content to disk and renames it over the target. */
        public void commit() throws IOException {
            if (committed || closed) {
                throw new IllegalStateException("write of " + target + " already " + (committed ? "committed" : "closed"));
            }
            stream.flush();
            // Without the sync a crash right after the rename can leave an empty file at the target.
            channel.force(true);
            channel.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
            syncDirectory(target.getParent());
        }

        /** Discards the content unless committed. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (!committed) {
                try {
                    channel.close();
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static FileAttribute<?>[] ownerOnlyIfPosix(Path dir) {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }

    // Makes the rename itself durable; best effort, since not every platform can open a directory.
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file's content is already synced; only the rename's durability is at stake.
        }
    }
}
