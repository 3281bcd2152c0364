package kz.assistant.reimbursement.system;

import java.time.Duration;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress line at most every {@code interval} on a long chunk step, so that whoever watches the
 * log of a cron run at the akimat can tell a slow run from a stuck one: items done, rate per second,
 * and the time left, estimated from the step's expected total (from the file size or a row count).
 *
 * <p>Items done count from the start of the cycle's step, not of this execution: a restart resumes
 * after what was committed (the count under {@code resumedCountKey} in the step's context).
 */
public final class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);

    private final String what;
    private final ToLongFunction<StepExecution> estimatedTotal;
    private final String resumedCountKey;
    private final long intervalNanos;

    private StepExecution step;
    private long total;
    private long resumedFrom;
    private long itemsThisRun;
    private long startedNanos;
    private long lastLineNanos;

    /**
     * @param what            the items in words ("acts read", "records calculated")
     * @param estimatedTotal  how many items the whole step is expected to take; 0 when unknown
     * @param resumedCountKey the reader's count of items taken, kept in the step's ExecutionContext
     */
    public ProgressLogger(String what, ToLongFunction<StepExecution> estimatedTotal, String resumedCountKey, Duration interval) {
        this.what = what;
        this.estimatedTotal = estimatedTotal;
        this.resumedCountKey = resumedCountKey;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        itemsThisRun = 0;
        startedNanos = System.nanoTime();
        lastLineNanos = startedNanos;
        // Readers keep their count as an int or a long, whichever they like.
        Object resumed = stepExecution.getExecutionContext().get(resumedCountKey);
        resumedFrom = resumed instanceof Number n ? n.longValue() : 0;
        try {
            total = Math.max(0, estimatedTotal.applyAsLong(stepExecution));
        } catch (RuntimeException e) {
            // An estimate is a courtesy: the step itself reports a file it cannot read.
            total = 0;
        }
        log.info("{}: started{}{}", stepExecution.getStepName(), total > 0 ? ", about " + total + " " + what : "",
                resumedFrom > 0 ? ", resuming after " + resumedFrom : "");
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        itemsThisRun += chunk.size();
        long now = System.nanoTime();
        if (now - lastLineNanos >= intervalNanos) {
            lastLineNanos = now;
            log.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long seconds = Math.max(1, Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds());
        log.info("{}: {} after {} s: read {}, written {}, filtered {}, skipped {}", stepExecution.getStepName(),
                stepExecution.getStatus(), seconds, stepExecution.getReadCount(), stepExecution.getWriteCount(),
                stepExecution.getFilterCount(), stepExecution.getSkipCount());
        return stepExecution.getExitStatus();
    }

    String line(long now) {
        long done = resumedFrom + Math.max(itemsThisRun, step == null ? 0 : step.getReadCount());
        double elapsed = Math.max(1e-3, (now - startedNanos) / 1e9);
        double rate = Math.max(itemsThisRun, 1) / elapsed;
        StringBuilder line = new StringBuilder(step == null ? "step" : step.getStepName()).append(": ")
                .append(done).append(' ').append(what);
        if (total > 0) {
            long left = Math.max(0, total - done);
            line.append(" of about ").append(total).append(" (").append(Math.min(100, done * 100 / total)).append(" %)");
            line.append(", ").append(Math.round(rate)).append("/s, about ").append(Math.round(left / Math.max(rate, 1e-3)))
                    .append(" s left");
        } else {
            line.append(", ").append(Math.round(rate)).append("/s");
        }
        return line.toString();
    }
}
