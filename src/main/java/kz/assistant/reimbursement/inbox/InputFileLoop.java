package kz.assistant.reimbursement.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one loop over the files of a delivery that may come as several files (mio-transfers*.csv,
 * bank-returns*.csv, psu-requisites*.csv, opv-osms-transfers*.csv): each file not read before (by
 * content, {@link DeliveredFiles}) is registered, its rows are read with the delivery's required
 * columns and handed to the caller, which takes what it can and refuses the rest with a reason; the
 * refusals and the counts are recorded with the file. Everything happens in the caller's transaction,
 * so a file is taken whole and once, or not at all.
 */
@Component
public class InputFileLoop {

    /** A kind of delivery: its name in input_file, the files' name pattern and the required columns. */
    public record Delivery(String kind, String glob, List<String> columns) {
    }

    /** Takes the rows of one file; returns how many were taken (the refused ones are in {@code refused}). */
    @FunctionalInterface
    public interface FileHandler {
        int take(long fileId, List<CsvRecord> rows, RefusedRows refused);
    }

    /** What one call read: the files, their rows, and whether unread files are left for another call. */
    public record Read(int files, int rows, int taken, int refused, boolean moreLeft) {
    }

    private static final Logger log = LoggerFactory.getLogger(InputFileLoop.class);

    private final DeliveredFiles delivered;

    public InputFileLoop(DeliveredFiles delivered) {
        this.delivered = delivered;
    }

    /** Reads every unread file of the delivery in the cycle's inbox, in name order, as taken on the run's business date. */
    public Read readAll(Delivery delivery, YearMonth cycle, LocalDate businessDate, Path inbox, FileHandler handler) throws IOException {
        return read(delivery, cycle, businessDate, inbox, Integer.MAX_VALUE, handler);
    }

    /**
     * Reads at most {@code maxFiles} unread files: a caller that wants a transaction per file reads one
     * per call and calls again while {@link Read#moreLeft()}.
     */
    public Read read(Delivery delivery, YearMonth cycle, LocalDate businessDate, Path inbox, int maxFiles, FileHandler handler)
            throws IOException {
        List<DeliveredFiles.Delivered> unread = delivered.unread(delivery.kind(), inbox, delivery.glob());
        int files = 0;
        int rowsRead = 0;
        int taken = 0;
        int refusedRows = 0;
        for (DeliveredFiles.Delivered file : unread.subList(0, Math.min(maxFiles, unread.size()))) {
            long fileId = delivered.register(delivery.kind(), cycle, file, businessDate);
            List<CsvRecord> rows = new ArrayList<>();
            try (CsvInputFile csv = CsvInputFile.open(file.path(), delivery.columns())) {
                for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
                    rows.add(row);
                }
            }
            RefusedRows refused = new RefusedRows();
            int fileTaken = handler.take(fileId, rows, refused);
            delivered.exceptions(fileId, refused.rows());
            delivered.finish(fileId, rows.size(), fileTaken, refused.count());
            log.info("{}: {} rows, {} taken, {} to the exceptions", file.path().getFileName(), rows.size(), fileTaken, refused.count());
            files++;
            rowsRead += rows.size();
            taken += fileTaken;
            refusedRows += refused.count();
        }
        return new Read(files, rowsRead, taken, refusedRows, unread.size() > files);
    }
}
