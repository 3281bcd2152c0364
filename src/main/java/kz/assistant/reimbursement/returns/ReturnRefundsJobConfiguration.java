package kz.assistant.reimbursement.returns;

import static kz.assistant.reimbursement.system.CycleParameters.DATE;
import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.reference.PerMioSpreadsheetSteps;
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
 * Last working day of M+1 (п.20): {@code return-refunds} for cycle month M. Returned sums not re-sent
 * go back to the MIO, payments no bank returned become PAID, and the refunds are listed per MIO.
 * Runs again in the same cycle (ReturnRefundsSummary): a run before the deadline changes nothing, a run after it is idempotent. See
 * jobs/return-refunds.md.
 */
@Configuration(proxyBeanMethods = false)
public class ReturnRefundsJobConfiguration {

    public static final String JOB_NAME = "return-refunds";

    @Bean
    Job returnRefundsJob(JobRepository jobRepository, Step refundsStep, Step returnRefundsSpreadsheetsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(refundsStep).next(returnRefundsSpreadsheetsStep).build();
    }

    @Bean
    Step refundsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReturnRefundsTasklet returnRefundsTasklet) {
        return new StepBuilder("refunds", jobRepository).tasklet(returnRefundsTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    ReturnRefundsTasklet returnRefundsTasklet(@Value(MONTH) YearMonth month, @Value(DATE) LocalDate date, JdbcTemplate jdbc) {
        return new ReturnRefundsTasklet(month, date, jdbc);
    }

    @Bean
    Step returnRefundsSpreadsheetsStep(PerMioSpreadsheetSteps forms) {
        return forms.step("return-refunds-spreadsheets", cycle -> ReturnRefundsSpreadsheet.MIOS, ReturnRefundsSpreadsheet::new);
    }
}
