package kz.assistant.reimbursement.reference;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import kz.assistant.reimbursement.spreadsheet.FormLanguage;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.ParallelWork;
import kz.assistant.reimbursement.system.StreamingJdbc;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the step that writes one kind of per-MIO form for every MIO it concerns, in the languages
 * of {@code reimbursement.forms.languages} (default {@code ru,kk}). The step only rebuilds files from
 * the database, so it runs again on a restart even when it completed.
 */
@Component
public class PerMioSpreadsheetSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final HomeFolder home;
    private final JdbcTemplate streaming;
    private final ParallelWork parallel;
    private final List<FormLanguage> languages;

    public PerMioSpreadsheetSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, HomeFolder home,
                                  JdbcTemplate jdbc, ParallelWork parallel,
                                  @Value("${reimbursement.forms.languages:ru,kk}") String languages) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.home = home;
        this.streaming = StreamingJdbc.of(jdbc);
        this.parallel = parallel;
        this.languages = FormLanguage.parse(languages);
    }

    /**
     * @param mios which MIOs get the form: a SQL condition on {@code mio m}, every {@code ?} the cycle month
     * @param form the kind of form, made for the cycle being run
     */
    public Step step(String name, Function<YearMonth, String> mios, Function<PerMioSpreadsheet.Context, PerMioSpreadsheet> form) {
        return new StepBuilder(name, jobRepository)
                .tasklet(new PerMioSpreadsheetsTasklet(streaming, parallel, mios, cycle -> form.apply(context(cycle))),
                        transactionManager)
                .allowStartIfComplete(true).build();
    }

    /** For a form written outside such a step (the funding request, with the need). */
    public PerMioSpreadsheet.Context context(YearMonth cycle) {
        return new PerMioSpreadsheet.Context(cycle, home, streaming, languages);
    }
}
