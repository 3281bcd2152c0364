package kz.assistant.reimbursement.reimbursementlist;

import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.system.ParallelWork;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One spreadsheet per MIO with records in the cycle (the lists by acts, the contributions), the MIOs
 * side by side: POI's streaming is single-threaded and the MIOs are independent. Each file appears
 * whole or not at all.
 */
public class PerMioSpreadsheetsTasklet implements Tasklet {

    private final YearMonth cycle;
    private final JdbcTemplate jdbc;
    private final ParallelWork parallel;
    private final ParallelWork.Piece<MioName> spreadsheet;

    public PerMioSpreadsheetsTasklet(YearMonth cycle, JdbcTemplate jdbc, ParallelWork parallel,
                                     ParallelWork.Piece<MioName> spreadsheet) {
        this.cycle = cycle;
        this.jdbc = jdbc;
        this.parallel = parallel;
        this.spreadsheet = spreadsheet;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<MioName> mios = MioNames.where(jdbc,
                "exists (select 1 from reimbursement_record r where r.cycle_month = ? and r.mio_bin = m.mio_bin)", cycle.toString());
        // Twice the cores: the MIOs differ in size and other steps share the cores meanwhile (the
        // split flow), so the largest file must not wait for a core behind a smaller one.
        parallel.forEach(mios, spreadsheet, 2 * parallel.threads());
        contribution.incrementWriteCount(mios.size());
        return RepeatStatus.FINISHED;
    }
}
