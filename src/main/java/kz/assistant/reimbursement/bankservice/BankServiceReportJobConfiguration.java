package kz.assistant.reimbursement.bankservice;


import kz.assistant.reimbursement.reference.PerMioSpreadsheetSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    Step bankServiceReportStep(PerMioSpreadsheetSteps forms) {
        return forms.step("bank-service-report", BankServiceReportSpreadsheet::mios, BankServiceReportSpreadsheet::new);
    }
}
