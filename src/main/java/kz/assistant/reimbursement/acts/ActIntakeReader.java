package kz.assistant.reimbursement.acts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads psu-acts.csv record by record, restartable: the count of records taken is kept in the step's
 * ExecutionContext with each chunk, so a restart resumes after the last committed chunk.
 *
 * <p>The step runs on every (re)start of the job ({@code allowStartIfComplete}), because a file
 * refused for too many rejections must be read anew once it has been replaced. What it does depends on
 * act_file: LOADED or ACCEPTED — the file is in, nothing to read; LOADING with a saved position — go on
 * from there if the file is still the same, or read a replaced (corrected) file from line 1;
 * otherwise — start from line 1.
 */
public class ActIntakeReader implements ItemStreamReader<CsvRecord>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ActIntakeReader.class);

    /** Records taken so far, in the step's ExecutionContext. */
    public static final String RECORDS_TAKEN = "acts.records";

    private final Path file;
    private final YearMonth cycle;
    private final ActIntakeRepository repository;
    private CsvInputFile csv;
    private boolean alreadyIn;

    public ActIntakeReader(Path file, YearMonth cycle, ActIntakeRepository repository) {
        this.file = file;
        this.cycle = cycle;
        this.repository = repository;
    }

    @Override
    public void open(ExecutionContext context) {
        Optional<ActIntakeRepository.ActFile> known = repository.actFile(cycle);
        ActFileStatus status = known.map(ActIntakeRepository.ActFile::status).orElse(null);
        if (status == ActFileStatus.LOADED || status == ActFileStatus.ACCEPTED) {
            alreadyIn = true;
            return;
        }
        csv = CsvInputFile.open(file, ActColumns.ALL);
        if (status == ActFileStatus.LOADING && context.containsKey(RECORDS_TAKEN)) {
            if (known.get().sha256().equals(csv.sha256())) {
                csv.skip(context.getLong(RECORDS_TAKEN));
            } else {
                // The intake stopped on a file it could not read on (truncated, broken quoting) and the
                // officer put a corrected one in its place. Nothing of the cycle is calculated while the
                // intake is LOADING, so the new file is read from its first line.
                log.info("{} was replaced since its intake stopped: reading the new file from line 1", file.getFileName());
                repository.startIntake(cycle, file.getFileName().toString(), csv.sha256());
            }
        } else {
            repository.startIntake(cycle, file.getFileName().toString(), csv.sha256());
        }
    }

    @Override
    public CsvRecord read() {
        return alreadyIn ? null : csv.next();
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

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!alreadyIn && stepExecution.getStatus().isUnsuccessful() == false
                && ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
            repository.markStatus(cycle, ActFileStatus.LOADED);
        }
        return stepExecution.getExitStatus();
    }
}
