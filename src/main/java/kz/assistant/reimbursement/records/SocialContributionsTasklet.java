package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.calculation.SocialContributionCalculator;
import kz.assistant.reimbursement.reference.RateYear;
import kz.assistant.reimbursement.reference.ReferenceData;
import kz.assistant.reimbursement.system.PgCopy;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OPV, OSMS and SO per assistant, service month and MIO for the cycle: what the MIO transfers
 * (contributions_<mio_bin>.xlsx). The SO base counts every record of that assistant, month and MIO,
 * earlier cycles too, so that a late act raises the base rather than starting a second minimum;
 * {@code so_due} is the total less what earlier cycles already charged. Rebuilt whole on every run.
 *
 * <p>Other cycles are looked up only for the groups that can have records there. A record's service
 * month is always before its cycle (the intake rejects the rest), so a cycle before this one holds
 * no record of this cycle's latest service month M−1: only late acts' groups (service month before
 * M−1) are looked up, by the assistant-month index, a few thousand at a time. Only when a later cycle
 * exists already (this month is being rebuilt) is every group looked up.
 */
public class SocialContributionsTasklet implements Tasklet {

    private static final int BATCH = 2_000;
    /** The cycle's records are sorted in memory (with the default 4 MB the sort spilled to disk). */
    private static final String WORK_MEM = "256MB";

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

    /** One group of this cycle's records, before the look at other cycles. */
    private record Group(String mioBin, String assistantIin, String serviceMonth, String assistantName, int acts,
                         BigDecimal guaranteed, BigDecimal opv, BigDecimal osms) {
        String key() {
            return mioBin + '/' + assistantIin + '/' + serviceMonth;
        }
    }

    /** What other cycles hold for a group: the sum of (G − OPV) of their records and the SO they charged. */
    private record Earlier(BigDecimal base, BigDecimal so) {
        static final Earlier NONE = new Earlier(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        contribution.incrementWriteCount(rebuild());
        return RepeatStatus.FINISHED;
    }

    private long rebuild() {
        jdbc.queryForObject("select set_config('work_mem', ?, true)", String.class, WORK_MEM);
        String c = cycle.toString();
        jdbc.update("delete from social_contribution where cycle_month = ?", c);
        // Groups of a service month before this are looked up in other cycles; with a later cycle, all.
        String lookUpBefore = EarlierRecordsScope.serviceMonthsBefore(jdbc, cycle);
        List<Object[]> rows = new ArrayList<>(BATCH);
        List<Group> toLookUp = new ArrayList<>(BATCH);
        long[] written = {0};
        // Grouped by sorting the cycle's records on the assistant first (the leading key's prefix tells
        // most rows apart, so the sort compares little), the MIO last; text in "C" (the key is digits
        // and '-', so the groups and their order are the database's too). A hash table of half a
        // million groups with numeric sums outgrew any sensible work_mem, and sorting it afterwards on
        // the MIO first (three values) cost as much again. Amounts are summed as whole tiyn (exact).
        // The rows go in by assistant: the primary key gets three ascending runs, one per MIO.
        jdbc.execute("set local enable_hashagg = off");
        jdbc.query("""
                select m, a, s, min(assistant_name) as assistant_name, count(*) as acts,
                  sum((guaranteed * 100)::bigint) as guaranteed, sum((opv * 100)::bigint) as opv,
                  sum((osms * 100)::bigint) as osms
                from (
                  select assistant_iin collate "C" as a, service_month collate "C" as s, mio_bin collate "C" as m,
                    assistant_name, guaranteed, opv, osms
                  from reimbursement_record where cycle_month = ? and %s
                ) r
                group by a, s, m
                order by a, s, m
                """.formatted(ReimbursementRecord.idsOf(cycle)), rs -> {
            Group group = new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    tenge(rs.getBigDecimal(6)), tenge(rs.getBigDecimal(7)), tenge(rs.getBigDecimal(8)));
            if (group.serviceMonth().compareTo(lookUpBefore) < 0) {
                toLookUp.add(group);
                if (toLookUp.size() == BATCH) {
                    written[0] += lookUpAndAdd(toLookUp, rows);
                }
            } else {
                rows.add(row(group, Earlier.NONE));
                if (rows.size() == BATCH) {
                    written[0] += flush(rows);
                }
            }
        }, c);
        written[0] += lookUpAndAdd(toLookUp, rows);
        written[0] += flush(rows);
        return written[0];
    }

    /** A sum of amounts in tiyn back to tenge with two decimals, as the numeric(14, 2) sum was. */
    private static BigDecimal tenge(BigDecimal tiyn) {
        return tiyn.setScale(0).movePointLeft(2);
    }

    private int lookUpAndAdd(List<Group> groups, List<Object[]> rows) {
        if (groups.isEmpty()) {
            return 0;
        }
        Map<String, Earlier> earlier = earlier(groups);
        int written = 0;
        for (Group group : groups) {
            rows.add(row(group, earlier.getOrDefault(group.key(), Earlier.NONE)));
            if (rows.size() == BATCH) {
                written += flush(rows);
            }
        }
        groups.clear();
        return written;
    }

    /**
     * Other cycles' records and charged SO of the given groups, one index look-up per group, in the
     * partitions of the cycles after the group's service month only.
     */
    private Map<String, Earlier> earlier(List<Group> groups) {
        String[] mios = new String[groups.size()];
        String[] assistants = new String[groups.size()];
        String[] months = new String[groups.size()];
        Long[] firstIds = new Long[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            mios[i] = groups.get(i).mioBin();
            assistants[i] = groups.get(i).assistantIin();
            months[i] = groups.get(i).serviceMonth();
            firstIds[i] = ReimbursementRecord.firstIdOfServiceMonth(YearMonth.parse(months[i]));
        }
        String c = cycle.toString();
        Map<String, Earlier> earlier = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Array m = text(connection, mios);
            Array a = text(connection, assistants);
            Array s = text(connection, months);
            jdbc.query("""
                    select k.mio_bin, k.assistant_iin, k.service_month,
                      (select sum(x.guaranteed - x.opv) from reimbursement_record x
                       where x.assistant_iin = k.assistant_iin and x.service_month = k.service_month
                         and x.mio_bin = k.mio_bin and x.cycle_month <> ? and x.record_id >= k.first_id) as base,
                      (select sum(x.so_due) from social_contribution x
                       where x.assistant_iin = k.assistant_iin and x.service_month = k.service_month
                         and x.mio_bin = k.mio_bin and x.cycle_month <> ?) as so
                    from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                      as k (mio_bin, assistant_iin, service_month, first_id)
                    """, rs -> {
                BigDecimal base = rs.getBigDecimal(4);
                BigDecimal so = rs.getBigDecimal(5);
                if (base != null || so != null) {
                    earlier.put(rs.getString(1) + '/' + rs.getString(2) + '/' + rs.getString(3),
                            new Earlier(base == null ? BigDecimal.ZERO : base, so == null ? BigDecimal.ZERO : so));
                }
            }, c, c, m, a, s, connection.createArrayOf("bigint", firstIds));
            return null;
        });
        return earlier;
    }

    private static Array text(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }

    private Object[] row(Group g, Earlier earlier) {
        YearMonth month = YearMonth.parse(g.serviceMonth());
        RateYear rate = reference.rateOf(month.getYear()).orElseThrow();
        BigDecimal base = g.guaranteed().subtract(g.opv()).add(earlier.base());
        SocialContributionCalculator.SocialContribution so = calculator.calculate(base, rate);
        BigDecimal due = so.amount().subtract(earlier.so());
        return new Object[] {cycle.toString(), g.mioBin(), g.assistantIin(), month.toString(), g.assistantName(), g.acts(),
                g.guaranteed(), g.opv(), g.osms(), so.base(), so.amount(), due};
    }

    private int flush(List<Object[]> batch) {
        copy.copy(batch);
        int n = batch.size();
        batch.clear();
        return n;
    }
}
