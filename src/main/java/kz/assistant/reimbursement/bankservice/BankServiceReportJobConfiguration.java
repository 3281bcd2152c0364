package kz.assistant.reimbursement.bankservice;

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
 * After the refunds of cycle M (п.23): {@code bank-service-report}, per MIO, what each authorized
 * organization transferred, got back and paid; the MIO pays bank services on it. A report only:
 * runs again any time (BankServiceReportSummary). See jobs/bank-service-report.md.
 */
@Configuration(proxyBeanMethods = false)
public class BankServiceReportJobConfiguration {

    public static final String JOB_NAME = "bank-service-report";

    @Bean
    Job bankServiceReportJob(JobRepository jobRepository, Step bankServiceReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(bankServiceReportStep).build();
    }

    @Bean
    Step bankServiceReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               PerMioSpreadsheetsTasklet bankServiceReportTasklet) {
        return new StepBuilder("bank-service-report", jobRepository).tasklet(bankServiceReportTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    PerMioSpreadsheetsTasklet bankServiceReportTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home, JdbcTemplate jdbc,
                                    ParallelWork parallel) {
        JdbcTemplate streaming = StreamingJdbc.of(jdbc);
        return new PerMioSpreadsheetsTasklet(cycle, streaming, parallel, BankServiceReportSpreadsheet.mios(cycle),
                new BankServiceReportSpreadsheet(cycle, home, streaming)::write);
    }
}
