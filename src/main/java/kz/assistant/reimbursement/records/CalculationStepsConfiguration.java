package kz.assistant.reimbursement.records;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.Duration;
import java.time.YearMonth;

import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.ParallelWork;
import kz.assistant.reimbursement.system.ProgressLogger;
import kz.assistant.reimbursement.system.StreamingJdbc;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The calculation's steps of the 14th, as the manager sees them (a partition's own step is in
 * {@link CalculationWorkerConfiguration}): calculation on every core into the cycle's bare table,
 * record-indexes to index and attach it, social-contributions to sum SO per assistant.
 */
@Configuration(proxyBeanMethods = false)
public class CalculationStepsConfiguration {

    /** The worker step of the calculation: its executions are "calculation-partition:partition0" and on. */
    public static final String CALCULATION_PARTITION = "calculation-partition";
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    /**
     * The calculation on every core: one partition per range of assistant IINs (see
     * {@link AssistantRangePartitioner}), each a chunk step of its own with its own saved position, so a
     * restart resumes every partition where it stopped. Records are the same as in one pass: ids are
     * cycle*10^7 + line, and an assistant's caps are computed within his range.
     */
    @Bean
    Step calculationStep(JobRepository jobRepository, Step calculationPartitionStep,
                         AssistantRangePartitioner calculationPartitioner, ParallelWork parallel, JdbcTemplate jdbc,
                         RecordPartitionListener recordPartitionListener) {
        return parallel.partitioned("calculation", jobRepository, calculationPartitioner, calculationPartitionStep)
                .listener(calculationProgress(jdbc))
                .listener(recordPartitionListener)
                .build();
    }

    @Bean
    @StepScope
    AssistantRangePartitioner calculationPartitioner(@Value(MONTH) YearMonth month, JdbcTemplate jdbc) {
        return new AssistantRangePartitioner(jdbc, month);
    }

    @Bean
    RecordPartition recordPartition(JdbcTemplate jdbc) {
        return new RecordPartition(jdbc);
    }

    @Bean
    @StepScope
    RecordPartitionListener recordPartitionListener(@Value(MONTH) YearMonth month, RecordPartition recordPartition) {
        return new RecordPartitionListener(month, recordPartition);
    }

    @Bean
    Step recordIndexesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           RecordIndexesTasklet recordIndexesTasklet) {
        return new StepBuilder("record-indexes", jobRepository).tasklet(recordIndexesTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    RecordIndexesTasklet recordIndexesTasklet(@Value(MONTH) YearMonth month, RecordPartition recordPartition) {
        return new RecordIndexesTasklet(month, recordPartition);
    }

    @Bean
    Step socialContributionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 SocialContributionsTasklet socialContributionsTasklet) {
        return new StepBuilder("social-contributions", jobRepository)
                .tasklet(socialContributionsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    SocialContributionsTasklet socialContributionsTasklet(@Value(MONTH) YearMonth month, ReferenceDataRepository reference,
                                                          JdbcTemplate jdbc) {
        return new SocialContributionsTasklet(month, reference.load(), StreamingJdbc.of(jdbc));
    }

    // Progress lines every PROGRESS_INTERVAL (jobs/reimbursement-list.md): the total is the cycle's acts.
    private static ProgressLogger calculationProgress(JdbcTemplate jdbc) {
        return new ProgressLogger("records calculated",
                step -> ActToCalculateReader.count(jdbc, CalculationWorkerConfiguration.cycleOf(step), AssistantRange.ALL),
                ActToCalculateReader.NAME + ".read.count", PROGRESS_INTERVAL);
    }
}
