package kz.assistant.reimbursement.acts;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.YearMonth;

import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.ParallelWork;
import kz.assistant.reimbursement.system.ReimbursementProperties;
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
 * The intake's steps of the 14th, as the manager sees them (the parts' own step is in
 * {@link ActIntakeWorkerConfiguration}): act-file checks and cuts the file, act-intake reads its parts
 * on every core, act-verdict runs the checks across rows and cycles and applies the threshold.
 */
@Configuration(proxyBeanMethods = false)
public class ActIntakeStepsConfiguration {

    /** The worker step of the intake: its executions are "act-intake-partition:part0" and on. */
    public static final String ACT_INTAKE_PART = "act-intake-partition";
    static final String ACTS_FILE = "psu-acts.csv";

    @Bean
    Step actFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ActFileTasklet actFileTasklet) {
        // A refused file must be read anew once replaced: the tasklet no-ops when the file is in.
        return new StepBuilder("act-file", jobRepository).tasklet(actFileTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    ActFileTasklet actFileTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home, ActIntakeRepository repository,
                                  ActFileParts parts, ParallelWork parallel,
                                  @Value("${reimbursement.acts.min-part-bytes:4194304}") long minPartBytes) {
        return new ActFileTasklet(home.inbox(cycle).resolve(ACTS_FILE), cycle, repository, parts, parallel.threads(), minPartBytes);
    }

    /**
     * The acts file on every core: one partition per part of whole records ({@link ActFileTasklet}),
     * each a chunk step whose position commits with its acts, so a restart resumes every part.
     */
    @Bean
    Step actIntakeStep(JobRepository jobRepository, Step actIntakePartStep, ActFilePartitioner actFilePartitioner,
                       ActIntakeCompletionListener actIntakeCompletionListener, ParallelWork parallel) {
        return parallel.partitioned("act-intake", jobRepository, actFilePartitioner, actIntakePartStep)
                .listener(actIntakeCompletionListener)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    ActFilePartitioner actFilePartitioner(@Value(MONTH) YearMonth month, ActFileParts parts) {
        return new ActFilePartitioner(month, parts);
    }

    @Bean
    @StepScope
    ActIntakeCompletionListener actIntakeCompletionListener(@Value(MONTH) YearMonth month, ActIntakeRepository repository) {
        return new ActIntakeCompletionListener(month, repository);
    }

    @Bean
    Step actVerdictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ActVerdictTasklet actVerdictTasklet) {
        return new StepBuilder("act-verdict", jobRepository).tasklet(actVerdictTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ActVerdictTasklet actVerdictTasklet(@Value(MONTH) YearMonth month, ReimbursementProperties properties,
                                        ActIntakeRepository repository, PlatformTransactionManager transactionManager,
                                        RejectedActsFile rejectedActsFile) {
        return new ActVerdictTasklet(month, properties.acts().rejectionThreshold(), repository,
                transactionManager, rejectedActsFile);
    }

    @Bean
    RejectedActsFile rejectedActsFile(HomeFolder home, JdbcTemplate jdbc) {
        return new RejectedActsFile(home, StreamingJdbc.of(jdbc));
    }
}
