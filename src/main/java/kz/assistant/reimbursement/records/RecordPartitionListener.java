package kz.assistant.reimbursement.records;

import java.time.YearMonth;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Before the calculation's partitions start: the cycle's bare table is there for them to write into. */
public class RecordPartitionListener implements StepExecutionListener {

    private final YearMonth cycle;
    private final RecordPartition partition;

    public RecordPartitionListener(YearMonth cycle, RecordPartition partition) {
        this.cycle = cycle;
        this.partition = partition;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        partition.prepare(cycle);
    }
}
