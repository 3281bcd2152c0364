package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.calculation.SocialContributionCalculator;
import kz.assistant.reimbursement.reference.RateYear;
import kz.assistant.reimbursement.reference.ReferenceData;
import kz.assistant.reimbursement.system.PgCopy;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OPV, OSMS and SO per assistant, service month and MIO for the cycle: what the MIO transfers
 * (contributions_<mio_bin>.xlsx). The SO base counts every record of that assistant, month and MIO,
 * earlier cycles too, so that a late act raises the base rather than starting a second minimum;
 * {@code so_due} is the total less what earlier cycles already charged. Rebuilt whole on every run.
 */
public class SocialContributionsTasklet implements Tasklet {

    private static final int BATCH = 2_000;

    private final YearMonth cycle;
    private final ReferenceData reference;
    private final JdbcTemplate jdbc;
    private final SocialContributionCalculator calculator = new SocialContributionCalculator();
    private final PgCopy copy;

    public SocialContributionsTasklet(YearMonth cycle, ReferenceData reference, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.reference = reference;
        this.jdbc = jdbc;
        this.copy = new PgCopy(jdbc.getDataSource(), "social_contribution", List.of("cycle_month", "mio_bin", "assistant_iin",
                "service_month", "assistant_name", "acts", "guaranteed", "opv", "osms", "so_base", "so_total", "so_due"));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String c = cycle.toString();
        jdbc.update("delete from social_contribution where cycle_month = ?", c);
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] written = {0};
        // Late acts are few: earlier cycles are looked up only for the assistant-months of this cycle.
        jdbc.query("""
                with t as (
                  select mio_bin, assistant_iin, service_month, min(assistant_name) as assistant_name, count(*) as acts,
                    sum(guaranteed) as guaranteed, sum(opv) as opv, sum(osms) as osms, sum(guaranteed - opv) as base
                  from reimbursement_record where cycle_month = ?
                  group by mio_bin, assistant_iin, service_month
                ), earlier_base as (
                  select x.mio_bin, x.assistant_iin, x.service_month, sum(x.guaranteed - x.opv) as base
                  from reimbursement_record x
                  where x.cycle_month <> ? and (x.assistant_iin, x.service_month) in (select assistant_iin, service_month from t)
                  group by x.mio_bin, x.assistant_iin, x.service_month
                ), earlier_so as (
                  select s.mio_bin, s.assistant_iin, s.service_month, sum(s.so_due) as so
                  from social_contribution s
                  where s.cycle_month <> ? and (s.assistant_iin, s.service_month) in (select assistant_iin, service_month from t)
                  group by s.mio_bin, s.assistant_iin, s.service_month
                )
                select t.mio_bin, t.assistant_iin, t.service_month, t.assistant_name, t.acts, t.guaranteed, t.opv, t.osms,
                  t.base + coalesce(b.base, 0) as base_all, coalesce(e.so, 0) as so_earlier
                from t
                left join earlier_base b on b.mio_bin = t.mio_bin and b.assistant_iin = t.assistant_iin and b.service_month = t.service_month
                left join earlier_so e on e.mio_bin = t.mio_bin and e.assistant_iin = t.assistant_iin and e.service_month = t.service_month
                """, rs -> {
            YearMonth month = YearMonth.parse(rs.getString("service_month"));
            RateYear rate = reference.rateOf(month.getYear()).orElseThrow();
            SocialContributionCalculator.SocialContribution so = calculator.calculate(rs.getBigDecimal("base_all"), rate);
            BigDecimal due = so.amount().subtract(rs.getBigDecimal("so_earlier"));
            batch.add(new Object[] {c, rs.getString("mio_bin"), rs.getString("assistant_iin"), month.toString(),
                    rs.getString("assistant_name"), rs.getInt("acts"), rs.getBigDecimal("guaranteed"),
                    rs.getBigDecimal("opv"), rs.getBigDecimal("osms"), so.base(), so.amount(), due});
            if (batch.size() == BATCH) {
                written[0] += flush(batch);
            }
        }, c, c, c);
        written[0] += flush(batch);
        contribution.incrementWriteCount(written[0]);
        return RepeatStatus.FINISHED;
    }

    private int flush(List<Object[]> batch) {
        copy.copy(batch);
        int n = batch.size();
        batch.clear();
        return n;
    }
}
