package kz.assistant.reimbursement.payments;

import static kz.assistant.reimbursement.system.CycleParameters.DATE;
import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.inbox.InputFileLoop;
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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Funding and payment (п.15–16): {@code payment-orders} for cycle month M, started by cron every day
 * and by hand. MIO transfers are read, REQUESTED records are funded from them (oldest acts first),
 * FUNDED and REQUEUED records are paid in one payment register per authorized organization, and the
 * registers are written as pain.001 and xlsx. Each completed run of the month is followed by a new
 * one (see JobSummary#runsAgainInTheSameCycle). See jobs/payment-orders.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsProperties.class)
public class PaymentOrdersJobConfiguration {

    public static final String JOB_NAME = "payment-orders";

    @Bean
    Job paymentOrdersJob(JobRepository jobRepository, Step mioTransfersStep, Step mioFundingStep, Step paymentStep,
                         Step paymentRegisterFilesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(mioTransfersStep)
                .next(mioFundingStep)
                .next(paymentStep)
                .next(paymentRegisterFilesStep)
                .build();
    }

    @Bean
    Step mioTransfersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, MioTransfersTasklet mioTransfersTasklet) {
        return new StepBuilder("mio-transfers", jobRepository).tasklet(mioTransfersTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    MioTransfersTasklet mioTransfersTasklet(@Value(MONTH) YearMonth cycle, @Value(DATE) LocalDate date, HomeFolder home,
                                            InputFileLoop loop, JdbcTemplate jdbc) {
        return new MioTransfersTasklet(cycle, date, home.inbox(cycle), home.outbox(cycle), loop, jdbc);
    }

    @Bean
    Step mioFundingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, MioFundingTasklet mioFundingTasklet) {
        return new StepBuilder("mio-funding", jobRepository).tasklet(mioFundingTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    MioFundingTasklet mioFundingTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, JdbcTemplate jdbc) {
        return new MioFundingTasklet(month, date, jdbc);
    }

    @Bean
    Step paymentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PaymentTasklet paymentTasklet) {
        return new StepBuilder("payment", jobRepository).tasklet(paymentTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    PaymentTasklet paymentTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, JdbcTemplate jdbc) {
        return new PaymentTasklet(month, date, jdbc);
    }

    @Bean
    Step paymentRegisterFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  PaymentRegisterFilesTasklet paymentRegisterFilesTasklet) {
        // Writes only the files missing from the outbox, from the database: safe to repeat on every restart.
        return new StepBuilder("payment-register-files", jobRepository)
                .tasklet(paymentRegisterFilesTasklet, transactionManager).allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    PaymentRegisterFilesTasklet paymentRegisterFilesTasklet(@Value(MONTH) YearMonth month, HomeFolder home, PaymentsProperties payer,
                                                            JdbcTemplate jdbc, ParallelWork parallel) {
        return new PaymentRegisterFilesTasklet(month, home, payer, StreamingJdbc.of(jdbc), parallel);
    }
}
