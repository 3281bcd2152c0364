package kz.assistant.reimbursement.records;

import java.time.YearMonth;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** record-indexes: the cycle's records, calculated into a bare table, get their indexes and join reimbursement_record. */
public class RecordIndexesTasklet implements Tasklet {

    private final YearMonth cycle;
    private final RecordPartition partition;

    public RecordIndexesTasklet(YearMonth cycle, RecordPartition partition) {
        this.cycle = cycle;
        this.partition = partition;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        partition.indexAndAttach(cycle);
        return RepeatStatus.FINISHED;
    }
}
