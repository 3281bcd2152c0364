package kz.assistant.reimbursement.reimbursementlist;

import static kz.assistant.reimbursement.system.CycleParameters.MONTH;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import kz.assistant.reimbursement.acts.ActFileParts;
import kz.assistant.reimbursement.acts.ActFilePartitioner;
import kz.assistant.reimbursement.acts.ActFileTasklet;
import kz.assistant.reimbursement.acts.ActIntakeCompletion;
import kz.assistant.reimbursement.acts.ActIntakeReader;
import kz.assistant.reimbursement.acts.ActIntakeRepository;
import kz.assistant.reimbursement.acts.ActIntakeWriter;
import kz.assistant.reimbursement.acts.ActValidator;
import kz.assistant.reimbursement.acts.ActVerdictTasklet;
import kz.assistant.reimbursement.acts.IntakeOutcome;
import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.exemptions.ExemptionSource;
import kz.assistant.reimbursement.exemptions.ExemptionsTasklet;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.RecordEstimate;
import kz.assistant.reimbursement.records.ActToCalculate;
import kz.assistant.reimbursement.records.ActToCalculateReader;
import kz.assistant.reimbursement.records.AssistantRange;
import kz.assistant.reimbursement.records.EarlierRecordsScope;
import kz.assistant.reimbursement.records.AssistantRangePartitioner;
import kz.assistant.reimbursement.records.RecordCalculationProcessor;
import kz.assistant.reimbursement.records.RecordPartition;
import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.records.ReimbursementRecordWriter;
import kz.assistant.reimbursement.records.SocialContributionsTasklet;
import kz.assistant.reimbursement.reference.PerMioSpreadsheetsTasklet;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.ParallelWork;
import kz.assistant.reimbursement.system.PartitionProgress;
import kz.assistant.reimbursement.system.ProgressLogger;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import kz.assistant.reimbursement.system.StreamingJdbc;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The 14th (п.6–9): {@code reimbursement-list} for cycle month M. Acts from PSU are read and checked,
 * OOP is asked about exemptions, the guaranteed sums are calculated into reimbursement records
 * (FORMED), and the files for CBD, PSU and the MIOs are written. See jobs/reimbursement-list.md.
 */
@Configuration(proxyBeanMethods = false)
public class ReimbursementListJobConfiguration {

    public static final String JOB_NAME = "reimbursement-list";
    /** The worker step of the calculation: its executions are "calculation-partition:partition0" and on. */
    public static final String CALCULATION_PARTITION = "calculation-partition";
    /** The worker step of the intake: its executions are "act-intake-partition:part0" and on. */
    public static final String ACT_INTAKE_PART = "act-intake-partition";
    private static final String ACTS_FILE = "psu-acts.csv";
    private static final String PART = "#{stepExecutionContext['" + ActFilePartitioner.PART + "']}";
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

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
    Step actFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ActFileTasklet actFileTasklet) {
        // A refused file must be read anew once replaced: the tasklet no-ops when the file is in.
        return new StepBuilder("act-file", jobRepository).tasklet(actFileTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    ActFileTasklet actFileTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home, ActIntakeRepository repository,
                                  ActFileParts parts, ParallelWork parallel,
                                  @Value("${reimbursement.acts.min-part-bytes:4194304}") long minPartBytes) {
        return new ActFileTasklet(home.inbox(cycle).resolve(ACTS_FILE), cycle, repository, parts, parallel.threads(), minPartBytes);
    }

    /**
     * The acts file on every core: one partition per part of whole records ({@link ActFileTasklet}),
     * each a chunk step whose position commits with its acts, so a restart resumes every part.
     */
    @Bean
    Step actIntakeStep(JobRepository jobRepository, Step actIntakePartStep, ActFilePartitioner actFilePartitioner,
                       ActIntakeCompletion actIntakeCompletion, ParallelWork parallel) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("act-intake-");
        executor.setConcurrencyLimit(parallel.threads());
        return new StepBuilder("act-intake", jobRepository)
                .partitioner(ACT_INTAKE_PART, actFilePartitioner)
                .step(actIntakePartStep)
                .gridSize(parallel.threads())
                .taskExecutor(executor)
                .listener(actIntakeCompletion)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step actIntakePartStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ActIntakeReader actIntakeReader, ActValidator actValidator,
                           ActIntakeWriter actIntakeWriter, ReimbursementProperties properties, HomeFolder home,
                           ActFileParts parts) {
        return new StepBuilder(ACT_INTAKE_PART, jobRepository)
                .<CsvRecord, IntakeOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(actIntakeReader)
                .processor(actValidator)
                .writer(actIntakeWriter)
                .listener(actIntakeProgress(home, parts))
                // Runs on every start, like act-file: a part already read finds nothing left to read.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    ActFilePartitioner actFilePartitioner(@Value(MONTH) YearMonth month, ActFileParts parts) {
        return new ActFilePartitioner(month, parts);
    }

    @Bean
    @StepScope
    ActIntakeCompletion actIntakeCompletion(@Value(MONTH) YearMonth month, ActIntakeRepository repository) {
        return new ActIntakeCompletion(month, repository);
    }

    @Bean
    @StepScope
    ActIntakeReader actIntakeReader(@Value(MONTH) YearMonth cycle, @Value(PART) int part, HomeFolder home,
                                    ActIntakeRepository repository, ActFileParts parts) {
        return new ActIntakeReader(home.inbox(cycle).resolve(ACTS_FILE), cycle, part, repository, parts);
    }

    @Bean
    @StepScope
    ActValidator actValidator(@Value(MONTH) YearMonth month, ReferenceDataRepository reference) {
        return new ActValidator(month, reference.load());
    }

    @Bean
    @StepScope
    ActIntakeWriter actIntakeWriter(@Value(MONTH) YearMonth month, @Value(PART) int part, ActIntakeRepository repository,
                                    ActFileParts parts) {
        return new ActIntakeWriter(month, part, repository, parts);
    }

    @Bean
    Step actVerdictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ActVerdictTasklet actVerdictTasklet) {
        return new StepBuilder("act-verdict", jobRepository).tasklet(actVerdictTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ActVerdictTasklet actVerdictTasklet(@Value(MONTH) YearMonth cycle, ReimbursementProperties properties,
                                        ActIntakeRepository repository, PlatformTransactionManager transactionManager,
                                        HomeFolder home, JdbcTemplate jdbc) {
        return new ActVerdictTasklet(cycle, properties.acts().rejectionThreshold(), repository, transactionManager,
                () -> CbdFilesTasklet.writeRejectedActs(StreamingJdbc.of(jdbc), home, cycle));
    }

    @Bean
    Step exemptionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExemptionsTasklet exemptionsTasklet) {
        return new StepBuilder("oop-exemptions", jobRepository).tasklet(exemptionsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ExemptionsTasklet exemptionsTasklet(@Value(MONTH) YearMonth month, ExemptionSource source, Environment environment, JdbcTemplate jdbc) {
        return new ExemptionsTasklet(month, source,
                environment.getProperty("reimbursement.oop.source", "file"), jdbc);
    }

    /**
     * The calculation on every core: one partition per range of assistant IINs (see
     * {@link AssistantRangePartitioner}), each a chunk step of its own with its own saved position, so a
     * restart resumes every partition where it stopped. Records are the same as in one pass: ids are
     * cycle*10^7 + line, and an assistant's caps are computed within his range.
     */
    @Bean
    Step calculationStep(JobRepository jobRepository, Step calculationPartitionStep,
                         AssistantRangePartitioner calculationPartitioner, ParallelWork parallel, JdbcTemplate jdbc,
                         RecordPartition recordPartition) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("calculation-");
        executor.setConcurrencyLimit(parallel.threads());
        return new StepBuilder("calculation", jobRepository)
                .partitioner(CALCULATION_PARTITION, calculationPartitioner)
                .step(calculationPartitionStep)
                .gridSize(parallel.threads())
                .taskExecutor(executor)
                .listener(calculationProgress(jdbc))
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        recordPartition.prepare(cycleOf(step));
                    }
                })
                .build();
    }

    @Bean
    RecordPartition recordPartition(JdbcTemplate jdbc) {
        return new RecordPartition(jdbc);
    }

    /** The cycle's records, calculated into a bare table, get their indexes and join reimbursement_record. */
    @Bean
    Step recordIndexesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           RecordPartition recordPartition) {
        return new StepBuilder("record-indexes", jobRepository).tasklet((contribution, context) -> {
            recordPartition.indexAndAttach(cycleOf(context.getStepContext().getStepExecution()));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step calculationPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  JdbcCursorItemReader<ActToCalculate> actToCalculateReader,
                                  RecordCalculationProcessor recordCalculationProcessor,
                                  ReimbursementRecordWriter reimbursementRecordWriter,
                                  ReimbursementProperties properties, JdbcTemplate jdbc) {
        return new StepBuilder(CALCULATION_PARTITION, jobRepository)
                .<ActToCalculate, ReimbursementRecord>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(actToCalculateReader)
                .processor(recordCalculationProcessor)
                .writer(reimbursementRecordWriter)
                .listener(partitionProgress(jdbc))
                .build();
    }

    @Bean
    @StepScope
    AssistantRangePartitioner calculationPartitioner(@Value(MONTH) YearMonth month, JdbcTemplate jdbc) {
        return new AssistantRangePartitioner(jdbc, month);
    }

    // Progress lines every 10 s (jobs/reimbursement-list.md): the intake's total is guessed from the
    // file size, the calculation's is the count of accepted acts.
    private static PartitionProgress actIntakeProgress(HomeFolder home, ActFileParts parts) {
        return new PartitionProgress("acts read", step -> {
            Path file = home.inbox(cycleOf(step)).resolve(ACTS_FILE);
            long size = file.toFile().length();
            return parts.part(cycleOf(step), step.getExecutionContext().getInt(ActFilePartitioner.PART, 0))
                    .filter(p -> size > 0)
                    .map(p -> RecordEstimate.of(file) * (p.range().to() - p.range().from()) / size)
                    .orElse(0L);
        }, ActIntakeReader.RECORDS_TAKEN, PROGRESS_INTERVAL);
    }

    private static ProgressLogger calculationProgress(JdbcTemplate jdbc) {
        return new ProgressLogger("records calculated", step -> {
            Long acts = jdbc.queryForObject("select count(*) from act_intake where cycle_month = ?", Long.class,
                    cycleOf(step).toString());
            return acts == null ? 0 : acts;
        }, ActToCalculateReader.NAME + ".read.count", PROGRESS_INTERVAL);
    }

    private static PartitionProgress partitionProgress(JdbcTemplate jdbc) {
        return new PartitionProgress("records calculated", step -> {
            AssistantRange range = AssistantRange.of(step.getExecutionContext().getString("assistant.from", null),
                    step.getExecutionContext().getString("assistant.to", null));
            List<Object> arguments = new ArrayList<>(List.of(cycleOf(step).toString()));
            String condition = range.condition("", arguments);
            Long acts = jdbc.queryForObject("select count(*) from act_intake where cycle_month = ?" + condition,
                    Long.class, arguments.toArray());
            return acts == null ? 0 : acts;
        }, ActToCalculateReader.NAME + ".read.count", PROGRESS_INTERVAL);
    }

    private static YearMonth cycleOf(StepExecution step) {
        return YearMonth.parse(step.getJobExecution().getJobParameters().getString("month"));
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ActToCalculate> actToCalculateReader(@Value(MONTH) YearMonth cycle, DataSource dataSource,
                                                             ReimbursementProperties properties, JdbcTemplate jdbc,
                                                             @Value("#{stepExecutionContext['assistant.from']}") String from,
                                                             @Value("#{stepExecutionContext['assistant.to']}") String to) {
        return ActToCalculateReader.create(dataSource, cycle, properties.chunkSize(), AssistantRange.of(from, to),
                EarlierRecordsScope.of(jdbc, cycle));
    }

    @Bean
    @StepScope
    RecordCalculationProcessor recordCalculationProcessor(@Value(MONTH) YearMonth cycle, ReferenceDataRepository reference,
                                                          JdbcTemplate jdbc) {
        return new RecordCalculationProcessor(cycle, reference.load(), ExemptionBook.load(jdbc, cycle));
    }

    @Bean
    ReimbursementRecordWriter reimbursementRecordWriter(DataSource dataSource) {
        return new ReimbursementRecordWriter(dataSource);
    }

    @Bean
    Step socialContributionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 SocialContributionsTasklet socialContributionsTasklet) {
        return new StepBuilder("social-contributions", jobRepository)
                .tasklet(socialContributionsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    SocialContributionsTasklet socialContributionsTasklet(@Value(MONTH) YearMonth month, ReferenceDataRepository reference,
                                                          JdbcTemplate jdbc) {
        return new SocialContributionsTasklet(month, reference.load(), StreamingJdbc.of(jdbc));
    }

    @Bean
    Step cbdFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, CbdFilesTasklet cbdFilesTasklet) {
        // Files are rebuilt from the database: a rerun after a crash while writing them gives the same files.
        return new StepBuilder("cbd-files", jobRepository).tasklet(cbdFilesTasklet, transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    CbdFilesTasklet cbdFilesTasklet(@Value(MONTH) YearMonth month, HomeFolder home, JdbcTemplate jdbc) {
        return new CbdFilesTasklet(month, home, StreamingJdbc.of(jdbc));
    }

    @Bean
    Step reimbursementListSpreadsheetsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                           PerMioSpreadsheetsTasklet reimbursementListSpreadsheetsTasklet) {
        return new StepBuilder("list-spreadsheets", jobRepository)
                .tasklet(reimbursementListSpreadsheetsTasklet, transactionManager).allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    PerMioSpreadsheetsTasklet reimbursementListSpreadsheetsTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home,
                                                                   JdbcTemplate jdbc, ParallelWork parallel) {
        JdbcTemplate streaming = StreamingJdbc.of(jdbc);
        return new PerMioSpreadsheetsTasklet(cycle, streaming, parallel, ReimbursementListSpreadsheet.MIOS,
                new ReimbursementListSpreadsheet(cycle, home, streaming)::write);
    }

    @Bean
    Step contributionsSpreadsheetsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       PerMioSpreadsheetsTasklet contributionsSpreadsheetsTasklet) {
        return new StepBuilder("contributions-spreadsheets", jobRepository)
                .tasklet(contributionsSpreadsheetsTasklet, transactionManager).allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    PerMioSpreadsheetsTasklet contributionsSpreadsheetsTasklet(@Value(MONTH) YearMonth cycle, HomeFolder home,
                                                               JdbcTemplate jdbc, ParallelWork parallel) {
        JdbcTemplate streaming = StreamingJdbc.of(jdbc);
        return new PerMioSpreadsheetsTasklet(cycle, streaming, parallel, ReimbursementListSpreadsheet.MIOS,
                new ContributionsSpreadsheet(cycle, home, streaming)::write);
    }
}
