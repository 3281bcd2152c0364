package kz.assistant.reimbursement.records;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams what the calculation needs of a cycle's accepted acts (not their names and numbers, which
 * stay in the database) of one range of assistants with one query, in line order: the order is total,
 * which is all the restart needs, and the writer then finds each chunk's acts in act_intake and
 * appends its records in the order of their ids (in the window's order its probes jumped around
 * act_intake; the lists and CBD files read the records in id order too). The second sort is cheap
 * next to that. The window
 * sums, per assistant and service month, the guarantees of his earlier lines (same formula as Java,
 * from the same hour rate column, and like Java the act's cost where it is below G: least() skips a
 * null cost) and adds those of other cycles, for the OPV/OSMS caps: looked up
 * act by act, by index, for the acts that can have any ({@link EarlierRecordsScope}), a few per cent
 * of a month. As a join, PostgreSQL misjudged how few they are, hashed them and read the partitions
 * whole. A range
 * holds whole assistants, so the window sees all of an assistant's lines whatever the range. On a
 * restart the cursor skips the acts of committed chunks of its own range.
 */
public final class ActToCalculateReader {

    private static final String SQL = """
            select a.line, a.assistant_iin, a.service_month, a.hours, a.service_cost,
              coalesce(sum(least(a.service_cost, round(a.hours * r.hour_rate, 2))) over (partition by a.assistant_iin, a.service_month
                order by a.line rows between unbounded preceding and 1 preceding), 0)
              + case when a.service_month < ? then coalesce((
                  select sum(x.guaranteed) from reimbursement_record x
                  where x.assistant_iin = a.assistant_iin and x.service_month = a.service_month
                    and x.cycle_month <> ? and x.record_id >= ?), 0)
                else 0 end as prior_guaranteed
            from act_intake a
            join rate r on r.year = cast(substr(a.service_month, 1, 4) as int)
            where a.cycle_month = ? %s
            order by a.line
            """;

    /** The reader's name: its position is kept in the step's context under NAME + ".read.count". */
    public static final String NAME = "actsToCalculate";

    private ActToCalculateReader() {
    }

    /** How many acts of the cycle a reader of {@code range} goes through: the calculation's progress total. */
    public static long count(JdbcTemplate jdbc, YearMonth cycle, AssistantRange range) {
        List<Object> arguments = new ArrayList<>(List.of(cycle.toString()));
        String condition = range.condition("", arguments);
        Long acts = jdbc.queryForObject("select count(*) from act_intake where cycle_month = ?" + condition,
                Long.class, arguments.toArray());
        return acts == null ? 0 : acts;
    }

    /**
     * @param earlier where the earlier records of the cycle's acts can be: only those are looked up
     */
    public static JdbcCursorItemReader<ActToCalculate> create(DataSource dataSource, YearMonth cycle, int fetchSize,
                                                              AssistantRange range, EarlierRecordsScope earlier) {
        String c = cycle.toString();
        List<Object> arguments = new ArrayList<>(List.of(earlier.serviceMonthsBefore(), c, earlier.firstRecordId(), c));
        // Only the range's placeholders are added to the text; its bounds are bound like the rest.
        String outer = range.condition("a.", arguments);
        return new JdbcCursorItemReaderBuilder<ActToCalculate>()
                .name(NAME)
                .dataSource(dataSource)
                .sql(SQL.formatted(outer))
                .queryArguments(arguments.toArray())
                .fetchSize(fetchSize)
                // pgjdbc streams a cursor only outside autocommit; otherwise it loads every row at once.
                .connectionAutoCommit(false)
                .rowMapper((rs, i) -> new ActToCalculate(rs.getLong("line"), rs.getString("assistant_iin"),
                        YearMonth.parse(rs.getString("service_month")), rs.getBigDecimal("hours"),
                        rs.getBigDecimal("service_cost"), rs.getBigDecimal("prior_guaranteed")))
                .build();
    }

}
