package kz.assistant.reimbursement.records;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** About as many acts as the tiles are taken from. */
    static final double SAMPLE_ROWS = 100_000;

    private final JdbcTemplate jdbc;
    private final YearMonth cycle;
    private final double sampleRows;

    public AssistantRangePartitioner(JdbcTemplate jdbc, YearMonth cycle) {
        this(jdbc, cycle, SAMPLE_ROWS);
    }

    /** With the tiles taken from about {@code sampleRows} acts once act_intake holds twice as many. */
    AssistantRangePartitioner(JdbcTemplate jdbc, YearMonth cycle, double sampleRows) {
        this.jdbc = jdbc;
        this.cycle = cycle;
        this.sampleRows = sampleRows;
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
        // tiles goes whole into the later one. The tiles are those of a sample of about SAMPLE_ROWS
        // acts: sorting every IIN for the exact tiles sat on the job's critical path, a sample's
        // tiles split the acts nearly as evenly as the exact ones (docs/performance.md), and
        // ranges need only be about even (any ranges give the same records). Pages are sampled
        // repeatably, so the same acts give the same ranges.
        List<String> starts = jdbc.queryForList("""
                select min(assistant_iin) from (
                  select assistant_iin, ntile(?) over (order by assistant_iin) as tile
                  from act_intake %s where cycle_month = ?) t
                where tile > 1 group by tile order by 1
                """.formatted(sample()), String.class, count, cycle.toString());
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

    /**
     * The sampling clause for act_intake, from its row count as last analyzed (act-verdict analyzes
     * it); none when the table is small or has not been analyzed (reltuples is then -1 or 0).
     */
    private String sample() {
        Double rows = jdbc.queryForObject("select reltuples::float8 from pg_class where oid = 'act_intake'::regclass", Double.class);
        if (rows == null || rows <= sampleRows * 2) {
            return "";
        }
        return String.format(Locale.ROOT, "tablesample system (%.4f) repeatable (0)", 100 * sampleRows / rows);
    }
}
