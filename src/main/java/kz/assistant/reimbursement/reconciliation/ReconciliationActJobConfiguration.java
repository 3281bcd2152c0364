package kz.assistant.reimbursement.reconciliation;


import kz.assistant.reimbursement.reference.PerMioSpreadsheetSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    Step reconciliationActStep(PerMioSpreadsheetSteps forms) {
        return forms.step("reconciliation-act", cycle -> ReconciliationActSpreadsheet.MIOS, ReconciliationActSpreadsheet::new);
    }
}
