package kz.assistant.reimbursement.reference;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.system.CycleParameters;
import kz.assistant.reimbursement.system.ParallelWork;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One form per MIO of the cycle (lists, contributions, reconciliation acts, refunds, bank service
 * reports): the MIOs a report concerns are chosen by its own condition, and their files are written
 * side by side. Each file appears whole or not at all and is rebuilt from the database.
 */
class PerMioSpreadsheetsTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ParallelWork parallel;
    private final Function<YearMonth, String> mioCondition;
    private final Function<YearMonth, PerMioSpreadsheet> spreadsheet;

    /**
     * @param mioCondition a SQL condition on {@code mio m} (see {@link MioNames}); every {@code ?} in it
     *                     is the cycle month
     */
    PerMioSpreadsheetsTasklet(JdbcTemplate jdbc, ParallelWork parallel, Function<YearMonth, String> mioCondition,
                              Function<YearMonth, PerMioSpreadsheet> spreadsheet) {
        this.jdbc = jdbc;
        this.parallel = parallel;
        this.mioCondition = mioCondition;
        this.spreadsheet = spreadsheet;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        YearMonth cycle = CycleParameters.month(chunkContext.getStepContext().getJobParameters());
        String condition = mioCondition.apply(cycle);
        Object[] arguments = new Object[(int) condition.chars().filter(c -> c == '?').count()];
        Arrays.fill(arguments, cycle.toString());
        List<MioName> mios = MioNames.where(jdbc, condition, arguments);
        PerMioSpreadsheet form = spreadsheet.apply(cycle);
        // Twice the cores: the MIOs differ in size and other steps may share the cores meanwhile (the
        // list job's split flow), so the largest file must not wait for a core behind a smaller one.
        parallel.forEach(mios, form::write, 2 * parallel.threads());
        contribution.incrementWriteCount(mios.size());
        return RepeatStatus.FINISHED;
    }
}
