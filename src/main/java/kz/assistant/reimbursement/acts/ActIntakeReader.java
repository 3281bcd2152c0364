package kz.assistant.reimbursement.acts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one part of psu-acts.csv record by record (see {@link ActFileTasklet} for how the file is
 * cut). Restartable: the part's count of records taken commits with each chunk in act_file_part
 * ({@link ActIntakeWriter}), and a restart skips that many records of the part. While the file is
 * not LOADING (it is in already) there is nothing to read.
 */
public class ActIntakeReader implements ItemStreamReader<CsvRecord> {

    /** Records of the part taken so far, in the step's ExecutionContext (for the progress lines). */
    public static final String RECORDS_TAKEN = "acts.records";

    private final Path file;
    private final YearMonth cycle;
    private final int part;
    private final ActIntakeRepository repository;
    private final ActFileParts parts;
    private CsvInputFile csv;

    public ActIntakeReader(Path file, YearMonth cycle, int part, ActIntakeRepository repository, ActFileParts parts) {
        this.file = file;
        this.cycle = cycle;
        this.part = part;
        this.repository = repository;
        this.parts = parts;
    }

    @Override
    public void open(ExecutionContext context) {
        Optional<ActIntakeRepository.ActFile> known = repository.actFile(cycle);
        if (known.isEmpty() || known.get().status() != ActFileStatus.LOADING) {
            return;
        }
        Optional<ActFileParts.Part> range = parts.part(cycle, part);
        if (range.isEmpty()) {
            return;
        }
        csv = CsvInputFile.openPart(file, ActColumns.ALL, range.get().charset(), known.get().sha256(), range.get().range());
        csv.skip(range.get().recordsTaken());
    }

    @Override
    public CsvRecord read() {
        return csv == null ? null : csv.next();
    }

    @Override
    public void update(ExecutionContext context) {
        if (csv != null) {
            context.putLong(RECORDS_TAKEN, csv.records());
        }
    }

    @Override
    public void close() {
        if (csv != null) {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                csv = null;
            }
        }
    }
}
