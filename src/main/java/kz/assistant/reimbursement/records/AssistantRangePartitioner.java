package kz.assistant.reimbursement.records;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a cycle's accepted acts into ranges of assistant IIN with about as many acts each, for the
 * calculation to run on every core. Not by MIO: an assistant may work for persons of two MIOs, and
 * his OPV/OSMS caps run over all his acts of a month. On a restart Spring Batch reuses the ranges
 * saved with the partitions, not these: a partition resumes its own range from its own position.
 */
public class AssistantRangePartitioner implements Partitioner {

    private final JdbcTemplate jdbc;
    private final YearMonth cycle;

    public AssistantRangePartitioner(JdbcTemplate jdbc, YearMonth cycle) {
        this.jdbc = jdbc;
        this.cycle = cycle;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<AssistantRange> ranges = ranges(Math.max(1, gridSize));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            ranges.get(i).writeTo(context);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** Consecutive ranges that cover every IIN: the first starts open, the last ends open. */
    public List<AssistantRange> ranges(int count) {
        // The first IIN of each n-tile but the first is where a range starts; an IIN split between two
        // tiles goes whole into the later one.
        List<String> starts = jdbc.queryForList("""
                select min(assistant_iin) from (
                  select assistant_iin, ntile(?) over (order by assistant_iin) as tile
                  from act_intake where cycle_month = ?) t
                where tile > 1 group by tile order by 1
                """, String.class, count, cycle.toString());
        List<AssistantRange> ranges = new ArrayList<>();
        String from = null;
        for (String start : starts) {
            if (from == null && ranges.isEmpty() || from != null && start.compareTo(from) > 0) {
                ranges.add(new AssistantRange(from, start));
                from = start;
            }
        }
        ranges.add(new AssistantRange(from, null));
        return ranges;
    }
}
