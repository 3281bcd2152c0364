package kz.assistant.reimbursement.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kz.assistant.reimbursement.acts.ActFileStatus;
import kz.assistant.reimbursement.acts.ActIntakeRepository;
import kz.assistant.reimbursement.files.AtomicFile;
import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.DeliveredFiles;
import kz.assistant.reimbursement.inbox.EncodingDetector;
import kz.assistant.reimbursement.inbox.InputFileException;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A month's inbox and outbox as the console shows them. Uploads are checked as the jobs check a
 * whole file (encoding, header, required columns, records that can be read to the end) before they
 * take the file's place, atomically; a file the jobs already read is replaced only when the officer
 * confirms, after being told what the jobs will do with the new one. A file is only ever found by
 * its name in a listing, never by a path from the request.
 */
@Service
@ConditionalOnWebApplication
class MonthFiles {

    /** A message for the page: its key in the bundle and its arguments. */
    record Text(String key, Object... args) {
    }

    record InboxFile(String name, long size, LocalDateTime modified, Text state) {
    }

    record OutboxFile(String name, long size, LocalDateTime modified) {
    }

    record Problem(long line, String field, String text) {
    }

    /** What came of an upload: stored, refused with problems, or waiting for the officer's confirmation. */
    record Upload(boolean stored, boolean needsConfirmation, Text message, List<Problem> problems) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HomeFolder home;
    private final ActIntakeRepository acts;
    private final DeliveredFiles deliveries;
    private final JdbcTemplate jdbc;

    MonthFiles(HomeFolder home, ActIntakeRepository acts, DeliveredFiles deliveries, JdbcTemplate jdbc) {
        this.home = home;
        this.acts = acts;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    List<InboxFile> inbox(YearMonth month) {
        List<InboxFile> files = new ArrayList<>();
        for (Path file : list(home.inbox(month))) {
            String name = file.getFileName().toString();
            Text state = InboxFileKind.of(name).map(kind -> readState(kind, month, file).orElse(new Text("console.files.unread")))
                    .orElse(new Text("console.files.notContract"));
            files.add(new InboxFile(name, size(file), modified(file), state));
        }
        return files;
    }

    List<OutboxFile> outbox(YearMonth month) {
        return list(home.root().resolve("outbox").resolve(month.toString())).stream()
                .map(file -> new OutboxFile(file.getFileName().toString(), size(file), modified(file))).toList();
    }

    /** The outbox file of this name, looked up in the listing: the request's name is never a path. */
    Optional<Path> outboxFile(YearMonth month, String name) {
        return list(home.root().resolve("outbox").resolve(month.toString())).stream()
                .filter(file -> file.getFileName().toString().equals(name)).findFirst();
    }

    Upload upload(YearMonth month, String originalName, InputStream content, boolean replaceConfirmed) throws IOException {
        String name = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        Optional<InboxFileKind> kind = InboxFileKind.of(name);
        if (kind.isEmpty()) {
            return refused(new Text("console.upload.notContract"));
        }
        Path inbox = Files.createDirectories(home.inbox(month));
        // The name matched the contract's patterns (no separators, no ".."): it is safe as a file name.
        Path target = inbox.resolve(name);
        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            content.transferTo(pending.stream());
            pending.stream().flush();
            List<Problem> problems = check(pending.tempPath(), kind.get());
            if (!problems.isEmpty()) {
                return new Upload(false, false, new Text("console.upload.problems", name), problems);
            }
            if (Files.exists(target)) {
                String newSha = EncodingDetector.detect(pending.tempPath()).sha256();
                String oldSha = EncodingDetector.detect(target).sha256();
                if (newSha.equals(oldSha)) {
                    return new Upload(false, false, new Text("console.upload.same", name), List.of());
                }
                Optional<Text> read = readState(kind.get(), month, target);
                if (read.isPresent() && !replaceConfirmed) {
                    return new Upload(false, true, new Text("console.upload.confirm." + kind.get().name(), name), List.of());
                }
            }
            pending.commit();
        }
        return new Upload(true, false, new Text("console.upload.stored", name), List.of());
    }

    private static Upload refused(Text why) {
        return new Upload(false, false, why, List.of());
    }

    /** The checks every job makes of a whole file before it reads a row; a row's own faults are the jobs' rejections. */
    private static List<Problem> check(Path file, InboxFileKind kind) {
        try (CsvInputFile csv = CsvInputFile.open(file, kind.requiredColumns())) {
            while (csv.next() != null) {
                // reads to the end: broken quoting or a change of encoding fails the whole file in a job too
            }
            return List.of();
        } catch (InputFileException e) {
            return List.of(new Problem(e.line(), e.field(), e.problem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether (and when) a job took this file, as the job that reads it remembers it. */
    private Optional<Text> readState(InboxFileKind kind, YearMonth month, Path file) {
        switch (kind) {
            case PSU_ACTS -> {
                return acts.actFile(month).filter(f -> f.status() == ActFileStatus.LOADED || f.status() == ActFileStatus.ACCEPTED)
                        .map(f -> new Text("console.files.readActs", f.status().name()));
            }
            case OOP_EXEMPTIONS -> {
                return jdbc.queryForList("select received_at from exemption_answer_received where cycle_month = ? and source = 'file'",
                        java.time.OffsetDateTime.class, month.toString()).stream().findFirst()
                        .map(at -> new Text("console.files.readAt", TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()))));
            }
            default -> {
                String sha = EncodingDetector.detect(file).sha256();
                return deliveries.readAt(kind.deliveryKind(), sha).map(at -> new Text("console.files.readAt", TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()))));
            }
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return null;
        }
    }
}
