package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.calculation.SocialContributionCalculator;
import kz.assistant.reimbursement.reference.RateYear;
import kz.assistant.reimbursement.reference.ReferenceData;
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

    public SocialContributionsTasklet(YearMonth cycle, ReferenceData reference, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String c = cycle.toString();
        jdbc.update("delete from social_contribution where cycle_month = ?", c);
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] written = {0};
        jdbc.query("""
                select t.mio_bin, t.assistant_iin, t.service_month, t.assistant_name, t.acts, t.guaranteed, t.opv, t.osms,
                  (select sum(x.guaranteed - x.opv) from reimbursement_record x where x.mio_bin = t.mio_bin
                     and x.assistant_iin = t.assistant_iin and x.service_month = t.service_month) as base_all,
                  coalesce((select sum(s.so_due) from social_contribution s where s.cycle_month <> ? and s.mio_bin = t.mio_bin
                     and s.assistant_iin = t.assistant_iin and s.service_month = t.service_month), 0) as so_earlier
                from (
                  select mio_bin, assistant_iin, service_month, min(assistant_name) as assistant_name, count(*) as acts,
                    sum(guaranteed) as guaranteed, sum(opv) as opv, sum(osms) as osms
                  from reimbursement_record where cycle_month = ?
                  group by mio_bin, assistant_iin, service_month
                ) t
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
        }, c, c);
        written[0] += flush(batch);
        contribution.incrementWriteCount(written[0]);
        return RepeatStatus.FINISHED;
    }

    private int flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("""
                insert into social_contribution (cycle_month, mio_bin, assistant_iin, service_month, assistant_name, acts,
                  guaranteed, opv, osms, so_base, so_total, so_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, batch);
        int n = batch.size();
        batch.clear();
        return n;
    }
}
