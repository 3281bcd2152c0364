package kz.assistant.reimbursement.acts;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.RecordBoundaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides how psu-acts.csv is taken in, before the parts are read (act-intake), on every (re)start of
 * the job: a refused file must be read anew once it has been replaced. By act_file:
 * LOADED or ACCEPTED — the file is in, nothing to read; LOADING of the same file (same SHA-256) —
 * the parts resume where they stopped; otherwise (a first run, a refused file, or a file replaced
 * while its intake was stopped) — whatever an earlier file left goes, the header is checked, and the
 * file is cut into parts of whole records, one per thread.
 */
public class ActFileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ActFileTasklet.class);

    private final Path file;
    private final YearMonth cycle;
    private final ActIntakeRepository repository;
    private final ActFileParts parts;
    private final int threads;
    private final long minPartBytes;

    public ActFileTasklet(Path file, YearMonth cycle, ActIntakeRepository repository, ActFileParts parts, int threads,
                          long minPartBytes) {
        this.file = file;
        this.cycle = cycle;
        this.repository = repository;
        this.parts = parts;
        this.threads = threads;
        this.minPartBytes = minPartBytes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Optional<ActIntakeRepository.ActFile> known = repository.actFile(cycle);
        ActFileStatus status = known.map(ActIntakeRepository.ActFile::status).orElse(null);
        if (status == ActFileStatus.LOADED || status == ActFileStatus.ACCEPTED) {
            return RepeatStatus.FINISHED;
        }
        try (CsvInputFile csv = CsvInputFile.open(file, ActColumns.ALL)) {
            if (status == ActFileStatus.LOADING && known.get().sha256().equals(csv.sha256()) && !parts.of(cycle).isEmpty()) {
                log.info("{}: resuming the intake where each part stopped", file.getFileName());
                return RepeatStatus.FINISHED;
            }
            if (status == ActFileStatus.LOADING) {
                // The intake stopped on a file it could not read on (truncated, broken quoting) and the
                // officer put a corrected one in its place. Nothing of the cycle is calculated while the
                // intake is LOADING, so the new file is read from its first line.
                log.info("{} was replaced since its intake stopped: reading the new file from line 1", file.getFileName());
            }
            repository.startIntake(cycle, file.getFileName().toString(), csv.sha256());
            List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, csv.bomLength(), threads, minPartBytes);
            parts.replace(cycle, csv.charset(), ranges);
            log.info("{}: {} bytes read in {} part(s)", file.getFileName(), file.toFile().length(), ranges.size());
        }
        return RepeatStatus.FINISHED;
    }
}
