package kz.assistant.reimbursement.fundingneed;

import static kz.assistant.reimbursement.system.CycleParameters.DATE;
import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.reference.PerMioSpreadsheetSteps;
import kz.assistant.reimbursement.system.HomeFolder;
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
 * The 15th (п.12–14): {@code funding-need} for cycle month M. The FORMED records not yet requested go
 * into the need (REQUESTED, requested_in = M), each MIO gets a request due in two working days, and
 * funding-need.xlsx and the funding-request_<mio_bin>.xlsx files are written. See jobs/funding-need.md.
 */
@Configuration(proxyBeanMethods = false)
public class FundingNeedJobConfiguration {

    public static final String JOB_NAME = "funding-need";

    @Bean
    Job fundingNeedJob(JobRepository jobRepository, Step fundingNeedStep, Step fundingNeedSpreadsheetsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(fundingNeedStep)
                .next(fundingNeedSpreadsheetsStep)
                .build();
    }

    @Bean
    Step fundingNeedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FundingNeedTasklet fundingNeedTasklet) {
        return new StepBuilder("funding-need", jobRepository).tasklet(fundingNeedTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    FundingNeedTasklet fundingNeedTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate formedOn, JdbcTemplate jdbc) {
        return new FundingNeedTasklet(month, formedOn, jdbc);
    }

    @Bean
    Step fundingNeedSpreadsheetsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     FundingNeedSpreadsheetsTasklet fundingNeedSpreadsheetsTasklet) {
        // Only rebuilds files from the database: safe to repeat on every restart.
        return new StepBuilder("funding-need-spreadsheets", jobRepository)
                .tasklet(fundingNeedSpreadsheetsTasklet, transactionManager).allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    FundingNeedSpreadsheetsTasklet fundingNeedSpreadsheetsTasklet(@Value(MONTH) YearMonth month, HomeFolder home, JdbcTemplate jdbc,
                                                                  PerMioSpreadsheetSteps forms) {
        return new FundingNeedSpreadsheetsTasklet(month, home, StreamingJdbc.of(jdbc), forms.context(month));
    }
}
