package kz.assistant.reimbursement.system;

import java.time.Duration;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress lines for the partitions of a step. The partitions share one worker step and so its
 * listeners, but each runs wholly on one thread: a {@link ProgressLogger} per thread keeps their
 * counts apart.
 */
public final class PartitionProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    private final String what;
    private final ToLongFunction<StepExecution> estimatedTotal;
    private final String resumedCountKey;
    private final Duration interval;
    private final ThreadLocal<ProgressLogger> current = new ThreadLocal<>();

    public PartitionProgress(String what, ToLongFunction<StepExecution> estimatedTotal, String resumedCountKey, Duration interval) {
        this.what = what;
        this.estimatedTotal = estimatedTotal;
        this.resumedCountKey = resumedCountKey;
        this.interval = interval;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        ProgressLogger logger = new ProgressLogger(what, estimatedTotal, resumedCountKey, interval);
        current.set(logger);
        logger.beforeStep(stepExecution);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        ProgressLogger logger = current.get();
        if (logger != null) {
            logger.afterChunk(chunk);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        ProgressLogger logger = current.get();
        current.remove();
        return logger == null ? stepExecution.getExitStatus() : logger.afterStep(stepExecution);
    }
}
