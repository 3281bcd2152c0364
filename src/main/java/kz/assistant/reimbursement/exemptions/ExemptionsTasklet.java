package kz.assistant.reimbursement.exemptions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.system.PgCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks OOP about every assistant of the cycle's accepted acts and keeps the answer. The answer is
 * stored whole or not at all (the step's transaction); once stored it is not asked again on a
 * restart. No answer fails the step: nobody is read as "not exempt" by default.
 */
public class ExemptionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExemptionsTasklet.class);
    private static final List<String> COLUMNS = List.of("cycle_month", "iin", "opv_exempt", "osms_exempt", "basis",
            "valid_from", "valid_to");

    private final YearMonth cycle;
    private final ExemptionSource source;
    private final String sourceName;
    private final JdbcTemplate jdbc;
    private final PgCopy copy;

    public ExemptionsTasklet(YearMonth cycle, ExemptionSource source, String sourceName, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.source = source;
        this.sourceName = sourceName;
        this.jdbc = jdbc;
        this.copy = new PgCopy(jdbc.getDataSource(), "exemption", COLUMNS);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String c = cycle.toString();
        Integer answered = jdbc.queryForObject("select count(*) from exemption_answer_received where cycle_month = ?", Integer.class, c);
        if (answered != null && answered > 0) {
            return RepeatStatus.FINISHED;
        }
        List<String> iins = jdbc.queryForList(
                "select distinct assistant_iin from act_intake where cycle_month = ? order by 1", String.class, c);
        // One question with every IIN: the HTTP source cuts it into requests of its batch size itself, and
        // the file source reads its file once per question (asked in slices, it read it once per slice).
        List<Exemption> answer = source.exemptionsFor(cycle, iins);
        jdbc.update("delete from exemption where cycle_month = ?", c);
        List<Object[]> rows = new ArrayList<>(answer.size());
        for (Exemption e : answer) {
            rows.add(new Object[] {c, e.iin(), e.opvExempt(), e.osmsExempt(), e.basis(), e.validFrom(), e.validTo()});
        }
        copy.copy(rows);
        long exempt = answer.stream().map(Exemption::iin).distinct().count();
        jdbc.update("insert into exemption_answer_received (cycle_month, source, asked, exempt) values (?, ?, ?, ?)",
                c, sourceName, iins.size(), exempt);
        contribution.incrementWriteCount(answer.size());
        log.info("OOP ({}) answered for {} assistants of {}: {} with an exemption", sourceName, iins.size(), c, exempt);
        return RepeatStatus.FINISHED;
    }
}
