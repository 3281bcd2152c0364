package kz.assistant.reimbursement.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs independent pieces of a step (one MIO's spreadsheets, say) on up to
 * {@code reimbursement.parallelism} threads (default: the cores), each in a read-only transaction of
 * its own so that it can stream its query. The first failure fails the whole.
 */
@Component
public class ParallelWork {

    /** A piece of work that may throw, as writing a file does. */
    @FunctionalInterface
    public interface Piece<T> {
        void run(T item) throws Exception;
    }

    private final int threads;
    private final TransactionTemplate readOnly;

    public ParallelWork(@Value("${reimbursement.parallelism:0}") int parallelism, PlatformTransactionManager transactionManager) {
        this.threads = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public int threads() {
        return threads;
    }

    /**
     * A partitioned step on every core: {@code worker} runs once per partition of {@code partitioner},
     * up to {@link #threads()} at a time, on threads named after the step.
     */
    public PartitionStepBuilder partitioned(String name, JobRepository jobRepository, Partitioner partitioner, Step worker) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(threads)
                .taskExecutor(executor);
    }

    public <T> void forEach(List<T> items, Piece<T> piece) throws Exception {
        forEach(items, piece, threads);
    }

    /** As {@link #forEach(List, Piece)}, on up to {@code maxThreads} threads. */
    public <T> void forEach(List<T> items, Piece<T> piece, int maxThreads) throws Exception {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(maxThreads, items.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> readOnly.executeWithoutResult(status -> {
                    try {
                        piece.run(item);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                })));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
