package kz.assistant.reimbursement.reimbursementlist;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.time.YearMonth;

import kz.assistant.reimbursement.acts.ActIntakeStepsConfiguration;
import kz.assistant.reimbursement.acts.RejectedActsFile;
import kz.assistant.reimbursement.records.CalculationStepsConfiguration;
import kz.assistant.reimbursement.reference.PerMioSpreadsheetSteps;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.StreamingJdbc;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The 14th (п.6–9): {@code reimbursement-list} for cycle month M. Acts from PSU are read and checked
 * (their steps: {@link ActIntakeStepsConfiguration}), OOP is asked about exemptions, the guaranteed sums
 * are calculated into reimbursement records, FORMED ({@link CalculationStepsConfiguration}), and the
 * files for CBD, PSU and the MIOs are written (here). See jobs/reimbursement-list.md.
 */
@Configuration(proxyBeanMethods = false)
public class ReimbursementListJobConfiguration {

    public static final String JOB_NAME = "reimbursement-list";

    @Bean
    Job reimbursementListJob(JobRepository jobRepository, Step actFileStep, Step actIntakeStep, Step actVerdictStep,
                             Step exemptionsStep, Step calculationStep, Step recordIndexesStep,
                             Step socialContributionsStep, Step cbdFilesStep,
                             Step reimbursementListSpreadsheetsStep, Step contributionsSpreadsheetsStep) {
        // Once the records are in, the files only read them: the CSV files, the lists and the
        // contributions (after their sums) are written side by side, the database and POI on both cores.
        Flow contributions = new FlowBuilder<SimpleFlow>("contributions")
                .start(socialContributionsStep).next(contributionsSpreadsheetsStep).build();
        Flow cbdFiles = new FlowBuilder<SimpleFlow>("cbd-files").start(cbdFilesStep).build();
        Flow lists = new FlowBuilder<SimpleFlow>("lists").start(reimbursementListSpreadsheetsStep).build();
        Flow files = new FlowBuilder<SimpleFlow>("files")
                .split(new SimpleAsyncTaskExecutor("files-"))
                .add(contributions, cbdFiles, lists)
                .build();
        Flow cycle = new FlowBuilder<SimpleFlow>(JOB_NAME)
                .start(actFileStep)
                .next(actIntakeStep)
                .next(actVerdictStep)
                .next(exemptionsStep)
                .next(calculationStep)
                .next(recordIndexesStep)
                .next(files)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).start(cycle).end().build();
    }

    @Bean
    Step cbdFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, CbdFilesTasklet cbdFilesTasklet) {
        // Files are rebuilt from the database: a rerun after a crash while writing them gives the same files.
        return new StepBuilder("cbd-files", jobRepository).tasklet(cbdFilesTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    CbdFilesTasklet cbdFilesTasklet(@Value(MONTH) YearMonth month, HomeFolder home, JdbcTemplate jdbc,
                                    RejectedActsFile rejectedActsFile) {
        return new CbdFilesTasklet(month, home, StreamingJdbc.of(jdbc), rejectedActsFile);
    }

    @Bean
    Step reimbursementListSpreadsheetsStep(PerMioSpreadsheetSteps forms) {
        return forms.step("list-spreadsheets", cycle -> ReimbursementListSpreadsheet.MIOS, ReimbursementListSpreadsheet::new);
    }

    @Bean
    Step contributionsSpreadsheetsStep(PerMioSpreadsheetSteps forms) {
        return forms.step("contributions-spreadsheets", cycle -> ReimbursementListSpreadsheet.MIOS, ContributionsSpreadsheet::new);
    }
}
