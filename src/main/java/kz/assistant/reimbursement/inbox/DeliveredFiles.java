package kz.assistant.reimbursement.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Deliveries that may come as several files ({@code mio-transfers*.csv}, {@code bank-returns*.csv},
 * {@code psu-requisites*.csv}): each file is read once, known by its content (SHA-256), so the same
 * file delivered again — under any name — changes nothing. Register a file in the same transaction
 * that takes its rows: a crash in between leaves the file unread, never half-read.
 */
@Repository
public class DeliveredFiles {

    /** A file of the inbox not read before. */
    public record Delivered(Path path, String sha256) {
    }

    private final JdbcTemplate jdbc;

    public DeliveredFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Files of the cycle's inbox matching {@code glob} (e.g. "bank-returns*.csv") whose content was not read yet, by name. */
    public List<Delivered> unread(String kind, Path inbox, String glob) {
        List<Delivered> unread = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return unread;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + inbox, e);
        }
        files.sort(null);
        for (Path file : files) {
            String sha = EncodingDetector.detect(file).sha256();
            Integer seen = jdbc.queryForObject("select count(*) from input_file where kind = ? and sha256 = ?", Integer.class, kind, sha);
            boolean sameContentTwiceInThisDelivery = unread.stream().anyMatch(d -> d.sha256().equals(sha));
            if ((seen == null || seen == 0) && !sameContentTwiceInThisDelivery) {
                unread.add(new Delivered(file, sha));
            }
        }
        return unread;
    }

    /** When a file of this content was read, if it was: the console warns before such a file is replaced. */
    public java.util.Optional<java.time.OffsetDateTime> readAt(String kind, String sha256) {
        return jdbc.queryForList("select read_at from input_file where kind = ? and sha256 = ?", java.time.OffsetDateTime.class, kind, sha256)
                .stream().findFirst();
    }

    /** Records that the file is being read; its rows and this row commit together. */
    public long register(String kind, YearMonth cycle, Delivered file) {
        return register(kind, cycle, file, null);
    }

    /** The same, with the business date of the run that takes it: the day deadlines count from (п.15, 17, 19). */
    public long register(String kind, YearMonth cycle, Delivered file, LocalDate businessDate) {
        Long id = jdbc.queryForObject("insert into input_file (kind, cycle_month, file_name, sha256, business_date) values (?, ?, ?, ?, ?) returning id",
                Long.class, kind, cycle.toString(), file.path().getFileName().toString(), file.sha256(), businessDate);
        return id == null ? 0 : id;
    }

    public void finish(long fileId, int read, int taken, int refused) {
        jdbc.update("update input_file set rows_read = ?, rows_taken = ?, rows_refused = ? where id = ?", read, taken, refused, fileId);
    }

    /** The rows of a file that were not taken, with why: visible in the exceptions lists, never silently dropped. */
    void exceptions(long fileId, List<RefusedRows.Refused> refused) {
        jdbc.batchUpdate("insert into input_exception (input_file_id, line, reason_code, reason, raw) values (?, ?, ?, ?, ?)",
                refused.stream().map(r -> new Object[] {fileId, r.line(), r.code(), r.reason(), r.raw()}).toList());
    }

    /** A row that was not taken, with why: visible in the exceptions list, never silently dropped. */
    public void exception(long fileId, long line, String reasonCode, String reason, String raw) {
        jdbc.update("insert into input_exception (input_file_id, line, reason_code, reason, raw) values (?, ?, ?, ?, ?)",
                fileId, line, reasonCode, reason, raw);
    }
}
