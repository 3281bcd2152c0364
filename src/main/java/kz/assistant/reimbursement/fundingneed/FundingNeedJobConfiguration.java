package kz.assistant.reimbursement.fundingneed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

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
    /** Deadlines run by the calendar of Kazakhstan, whatever the server's zone. */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final String MONTH = "#{jobParameters['month']}";
    // Not identifying: a run replayed later (or a test) may say which day the need was formed.
    private static final String RUN_DATE = "#{jobParameters['runDate']}";

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
    FundingNeedTasklet fundingNeedTasklet(@Value(MONTH) String month, @Value(RUN_DATE) String runDate, JdbcTemplate jdbc) {
        LocalDate formedOn = runDate == null || runDate.isBlank() ? LocalDate.now(KAZAKHSTAN) : LocalDate.parse(runDate);
        return new FundingNeedTasklet(YearMonth.parse(month), formedOn, jdbc);
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
    FundingNeedSpreadsheetsTasklet fundingNeedSpreadsheetsTasklet(@Value(MONTH) String month, HomeFolder home, JdbcTemplate jdbc) {
        return new FundingNeedSpreadsheetsTasklet(YearMonth.parse(month), home, StreamingJdbc.of(jdbc));
    }
}
