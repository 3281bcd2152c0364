package kz.assistant.reimbursement.acts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the whole file is in: rejects acts that repeat an act or order (across the file and earlier
 * cycles), then applies the rejection threshold. Over the threshold the job fails before any record
 * is written (docs/rules.md); the file is marked REFUSED in a transaction of its own so that the mark
 * survives the failing step, and the next run reads the (replaced) file from its first line.
 */
public class ActVerdictTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ActVerdictTasklet.class);

    private final YearMonth cycle;
    private final BigDecimal threshold;
    private final ActIntakeRepository repository;
    private final TransactionTemplate ownTransaction;
    private final RejectedActsFile rejectedActsFile;

    public ActVerdictTasklet(YearMonth cycle, BigDecimal threshold, ActIntakeRepository repository,
                             PlatformTransactionManager transactionManager, RejectedActsFile rejectedActsFile) {
        this.cycle = cycle;
        this.threshold = threshold;
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rejectedActsFile = rejectedActsFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // The acts were just copied in: their statistics first, or the checks are planned for an
        // empty cycle (see ActIntakeRepository.refreshStatistics). Committed before the checks: they
        // run in a transaction of their own, which does not see statistics the step has not committed
        // (with last month's, which know no acts of this cycle, the join to a year of records ran for
        // more than ten minutes).
        ownTransaction.executeWithoutResult(status -> repository.refreshStatistics());
        return verdict(contribution);
    }

    private RepeatStatus verdict(StepContribution contribution) {
        int duplicates = ownTransaction.execute(status -> repository.rejectDuplicates(cycle));
        ActIntakeRepository.Counts counts = repository.counts(cycle);
        contribution.incrementWriteCount(duplicates);
        if (counts.total() == 0) {
            throw new RejectionThresholdExceededException("psu-acts.csv for " + cycle + " has no acts");
        }
        BigDecimal share = BigDecimal.valueOf(counts.rejected()).divide(BigDecimal.valueOf(counts.total()), 4, RoundingMode.HALF_UP);
        if (share.compareTo(threshold) > 0) {
            rejectedActsFile.write(cycle);
            ownTransaction.executeWithoutResult(status -> repository.markStatus(cycle, ActFileStatus.REFUSED));
            throw new RejectionThresholdExceededException(String.format(
                    "psu-acts.csv for %s refused: %d of %d acts rejected (%s %%, threshold %s %%); nothing was recorded. "
                            + "See outbox/%s/rejected-acts.csv, put the right file in the inbox and run again",
                    cycle, counts.rejected(), counts.total(), share.movePointRight(2).stripTrailingZeros().toPlainString(),
                    threshold.movePointRight(2).stripTrailingZeros().toPlainString(), cycle));
        }
        ownTransaction.executeWithoutResult(status -> repository.markStatus(cycle, ActFileStatus.ACCEPTED));
        log.info("Acts of {}: {} accepted, {} rejected ({} repeated an act or order)", cycle, counts.accepted(),
                counts.rejected(), duplicates);
        return RepeatStatus.FINISHED;
    }
}
