package kz.assistant.reimbursement.reconciliation;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.YearMonth;

import kz.assistant.reimbursement.reference.PerMioSpreadsheetsTasklet;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.ParallelWork;
import kz.assistant.reimbursement.system.StreamingJdbc;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * By the 25th of M+1 (п.21–22): {@code reconciliation-act} for cycle month M, one act per MIO. A
 * report only: runs again any time (its summary says so). See jobs/reconciliation-act.md.
 */
@Configuration(proxyBeanMethods = false)
public class ReconciliationActJobConfiguration {

    public static final String JOB_NAME = "reconciliation-act";

    @Bean
    Job reconciliationActJob(JobRepository jobRepository, Step reconciliationActStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(reconciliationActStep).build();
    }

    @Bean
    Step reconciliationActStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               PerMioSpreadsheetsTasklet reconciliationActTasklet) {
        return new StepBuilder("reconciliation-act", jobRepository).tasklet(reconciliationActTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    PerMioSpreadsheetsTasklet reconciliationActTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home, JdbcTemplate jdbc,
                                    ParallelWork parallel) {
        JdbcTemplate streaming = StreamingJdbc.of(jdbc);
        return new PerMioSpreadsheetsTasklet(cycle, streaming, parallel, ReconciliationActSpreadsheet.MIOS,
                new ReconciliationActSpreadsheet(cycle, home, streaming)::write);
    }
}
