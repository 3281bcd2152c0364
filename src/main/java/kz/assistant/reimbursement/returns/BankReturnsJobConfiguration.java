package kz.assistant.reimbursement.returns;

import static kz.assistant.reimbursement.system.CycleParameters.DATE;
import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.contributions.OpvOsmsTransfersTasklet;
import kz.assistant.reimbursement.inbox.InputFileLoop;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
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
 * Daily (п.17–19, п.10): {@code bank-returns} for cycle month M. Returns from the banks, then new bank
 * details from PSU, then CBD's confirmations of OPV and OSMS transferred, then the notifications for
 * PSU and the exceptions lists. Runs every day for the
 * same month: each delivered file is read once, so the job is a job that runs again in the same cycle (JobSummary#runsAgainInTheSameCycle). See
 * jobs/bank-returns.md.
 */
@Configuration(proxyBeanMethods = false)
public class BankReturnsJobConfiguration {

    public static final String JOB_NAME = "bank-returns";

    @Bean
    Job bankReturnsJob(JobRepository jobRepository, Step bankReturnsIntakeStep, Step supplierRequisitesStep,
                       Step opvOsmsTransfersStep, Step returnFilesStep) {
        // Returns before new details: details that come on the day of a return serve that return (docs/decisions.md).
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(bankReturnsIntakeStep)
                .next(supplierRequisitesStep)
                .next(opvOsmsTransfersStep)
                .next(returnFilesStep)
                .build();
    }

    /** п.10: CBD's confirmations of the OPV and OSMS transferred, read daily with the other deliveries of the day. */
    @Bean
    Step opvOsmsTransfersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              OpvOsmsTransfersTasklet opvOsmsTransfersTasklet) {
        return new StepBuilder("opv-osms-transfers", jobRepository).tasklet(opvOsmsTransfersTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    OpvOsmsTransfersTasklet opvOsmsTransfersTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, HomeFolder home,
                                                    InputFileLoop loop, JdbcTemplate jdbc) {
        return new OpvOsmsTransfersTasklet(month, date, home, loop, jdbc);
    }

    @Bean
    Step bankReturnsIntakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               BankReturnsTasklet bankReturnsTasklet) {
        // Files already read are skipped, so a resumed run reads only what the failed one did not commit.
        return new StepBuilder("bank-returns-intake", jobRepository).tasklet(bankReturnsTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    BankReturnsTasklet bankReturnsTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, HomeFolder home,
                                          InputFileLoop loop, JdbcTemplate jdbc) {
        return new BankReturnsTasklet(month, date, home, loop, jdbc);
    }

    @Bean
    Step supplierRequisitesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SupplierRequisitesTasklet supplierRequisitesTasklet) {
        return new StepBuilder("supplier-requisites", jobRepository).tasklet(supplierRequisitesTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    SupplierRequisitesTasklet supplierRequisitesTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, HomeFolder home,
                                                        InputFileLoop loop, ReferenceDataRepository reference, JdbcTemplate jdbc) {
        return new SupplierRequisitesTasklet(month, date, home, loop, reference.load(), jdbc);
    }

    @Bean
    Step returnFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReturnFilesTasklet returnFilesTasklet) {
        return new StepBuilder("return-files", jobRepository).tasklet(returnFilesTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    ReturnFilesTasklet returnFilesTasklet(@Value(MONTH) YearMonth month, HomeFolder home, JdbcTemplate jdbc) {
        return new ReturnFilesTasklet(month, home, StreamingJdbc.of(jdbc));
    }
}
