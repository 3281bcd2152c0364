package kz.assistant.reimbursement.records;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.YearMonth;

import javax.sql.DataSource;

import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.CycleParameters;
import kz.assistant.reimbursement.system.PartitionProgress;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One range of assistants, as a worker of the calculation ({@link CalculationStepsConfiguration}):
 * read the range's acts with what the caps need, calculate each record, insert them in chunks.
 */
@Configuration(proxyBeanMethods = false)
public class CalculationWorkerConfiguration {


    @Bean
    Step calculationPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  JdbcCursorItemReader<ActToCalculate> actToCalculateReader,
                                  RecordCalculationProcessor recordCalculationProcessor,
                                  ReimbursementRecordWriter reimbursementRecordWriter,
                                  ReimbursementProperties properties, JdbcTemplate jdbc) {
        return new StepBuilder(CalculationStepsConfiguration.CALCULATION_PARTITION, jobRepository)
                .<ActToCalculate, ReimbursementRecord>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(actToCalculateReader)
                .processor(recordCalculationProcessor)
                .writer(reimbursementRecordWriter)
                .listener(partitionProgress(jdbc))
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ActToCalculate> actToCalculateReader(@Value(MONTH) YearMonth cycle, DataSource dataSource,
                                                             ReimbursementProperties properties, JdbcTemplate jdbc,
                                                             @Value("#{stepExecutionContext['" + AssistantRange.FROM + "']}") String from,
                                                             @Value("#{stepExecutionContext['" + AssistantRange.TO + "']}") String to) {
        return ActToCalculateReader.create(dataSource, cycle, properties.chunkSize(), AssistantRange.of(from, to),
                EarlierRecordsScope.of(jdbc, cycle));
    }

    @Bean
    @StepScope
    RecordCalculationProcessor recordCalculationProcessor(@Value(MONTH) YearMonth cycle, ReferenceDataRepository reference,
                                                          JdbcTemplate jdbc) {
        return new RecordCalculationProcessor(cycle, reference.load(), ExemptionBook.load(jdbc, cycle));
    }

    @Bean
    ReimbursementRecordWriter reimbursementRecordWriter(DataSource dataSource) {
        return new ReimbursementRecordWriter(dataSource);
    }

    private static PartitionProgress partitionProgress(JdbcTemplate jdbc) {
        return new PartitionProgress("records calculated", step -> ActToCalculateReader.count(jdbc, cycleOf(step),
                AssistantRange.of(step.getExecutionContext().getString(AssistantRange.FROM, null),
                        step.getExecutionContext().getString(AssistantRange.TO, null))),
                ActToCalculateReader.NAME + ".read.count", CalculationStepsConfiguration.PROGRESS_INTERVAL);
    }

    static YearMonth cycleOf(StepExecution step) {
        return CycleParameters.month(step.getJobExecution().getJobParameters());
    }
}
