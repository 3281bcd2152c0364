package kz.assistant.reimbursement.acts;

import static kz.assistant.reimbursement.system.CycleParameters.DATE;
import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.RecordEstimate;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.CycleParameters;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.PartitionProgress;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One part of the acts file, as a worker of act-intake ({@link ActIntakeStepsConfiguration}): read
 * its records, check each act, copy the accepted and the rejected into their tables in chunks.
 */
@Configuration(proxyBeanMethods = false)
public class ActIntakeWorkerConfiguration {

    private static final String PART = "#{stepExecutionContext['" + ActFilePartitioner.PART + "']}";
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    @Bean
    Step actIntakePartStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ActIntakeReader actIntakeReader, ActValidationProcessor actValidationProcessor,
                           ActIntakeWriter actIntakeWriter, ReimbursementProperties properties, HomeFolder home,
                           ActFileParts parts) {
        return new StepBuilder(ActIntakeStepsConfiguration.ACT_INTAKE_PART, jobRepository)
                .<CsvRecord, IntakeOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(actIntakeReader)
                .processor(actValidationProcessor)
                .writer(actIntakeWriter)
                .listener(actIntakeProgress(home, parts))
                // Runs on every start, like act-file: a part already read finds nothing left to read.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    ActIntakeReader actIntakeReader(@Value(MONTH) YearMonth cycle, @Value(PART) int part, HomeFolder home,
                                    ActIntakeRepository repository, ActFileParts parts) {
        return new ActIntakeReader(home.inbox(cycle).resolve(ActIntakeStepsConfiguration.ACTS_FILE), cycle, part,
                repository, parts);
    }

    @Bean
    @StepScope
    ActValidationProcessor actValidationProcessor(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date,
                                                  ReferenceDataRepository reference) {
        return new ActValidationProcessor(month, date, reference.load());
    }

    @Bean
    @StepScope
    ActIntakeWriter actIntakeWriter(@Value(MONTH) YearMonth month, @Value(PART) int part, ActIntakeRepository repository,
                                    ActFileParts parts) {
        return new ActIntakeWriter(month, part, repository, parts);
    }

    // Progress lines every PROGRESS_INTERVAL (jobs/reimbursement-list.md): a part's total is guessed
    // from the file's size and the part's share of its bytes.
    private static PartitionProgress actIntakeProgress(HomeFolder home, ActFileParts parts) {
        return new PartitionProgress("acts read", step -> {
            Path file = home.inbox(cycleOf(step)).resolve(ActIntakeStepsConfiguration.ACTS_FILE);
            long size = file.toFile().length();
            return parts.part(cycleOf(step), step.getExecutionContext().getInt(ActFilePartitioner.PART, 0))
                    .filter(p -> size > 0)
                    .map(p -> RecordEstimate.of(file) * (p.range().to() - p.range().from()) / size)
                    .orElse(0L);
        }, ActIntakeReader.RECORDS_TAKEN, PROGRESS_INTERVAL);
    }

    private static YearMonth cycleOf(StepExecution step) {
        return CycleParameters.month(step.getJobExecution().getJobParameters());
    }
}
