package kz.assistant.reimbursement.records;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.assistant.reimbursement.system.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle's records as a partition of reimbursement_record of their own (V12): the calculation writes
 * them into a bare table, without indexes, and {@link #indexAndAttach} builds its indexes once and
 * attaches it. Five b-tree indexes maintained row by row cost four times the insert itself at a
 * million records; built once from the finished table they cost a quarter of that.
 *
 * <p>Every method is safe to repeat: a restart after a failure anywhere finds the table as the last
 * run left it (bare, indexed or attached) and carries on. Records written into an attached partition
 * (a test that truncated the tables, a restart after the attach) are simply indexed as they come.
 */
public class RecordPartition {

    private static final Pattern TABLE = Pattern.compile("reimbursement_record_(\\d{4})_(\\d{2})");

    private final JdbcTemplate jdbc;

    public RecordPartition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The table the calculation of a cycle writes its records into. Table names and partition bounds
     * cannot be bound parameters: the DDL below is built from a YearMonth's numbers only.
     */
    public static String table(YearMonth cycle) {
        return "reimbursement_record_%04d_%02d".formatted(cycle.getYear(), cycle.getMonthValue());
    }

    /** The cycles whose partitions are attached to reimbursement_record (not the default partition). */
    public static List<YearMonth> attachedCycles(JdbcTemplate jdbc) {
        List<YearMonth> cycles = new ArrayList<>();
        for (String name : jdbc.queryForList("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'reimbursement_record'::regclass
                """, String.class)) {
            Matcher m = TABLE.matcher(name);
            if (m.matches()) {
                cycles.add(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        }
        return cycles;
    }

    /**
     * Creates the bare table unless it exists. Records of the cycle found in the default partition (a
     * calculation begun before V12 and resumed after it) move into it, so that the attach finds the
     * cycle's range empty there.
     */
    public void prepare(YearMonth cycle) {
        String table = table(cycle);
        long from = ReimbursementRecord.idOf(cycle, 0);
        long to = ReimbursementRecord.idOf(cycle.plusMonths(1), 0);
        // The check says what the attach would otherwise prove by reading every row.
        jdbc.execute("""
                create table if not exists %s (like reimbursement_record including defaults including constraints,
                  constraint %s_range check (record_id >= %d and record_id < %d))
                """.formatted(table, table, from, to));
        if (!isAttached(cycle)) {
            jdbc.update("""
                    with moved as (delete from reimbursement_record_default where record_id >= ? and record_id < ? returning *)
                    insert into %s select * from moved
                    """.formatted(table), from, to);
        }
    }

    /**
     * Builds the indexes of the partition and attaches it, all in the caller's transaction, then
     * refreshes its statistics for the steps after. PostgreSQL builds each index with its parallel
     * workers already: two builds side by side were no faster.
     */
    public void indexAndAttach(YearMonth cycle) {
        String table = table(cycle);
        // A repeated act number or order fails here, naming the index, as the unique constraints of the
        // unpartitioned table did at the insert. The attach takes over a constraint-backed index for the
        // parent's primary key only: hence the primary key constraint, not just its index.
        jdbc.execute("create unique index if not exists %1$s_act_once on %1$s (act_number)".formatted(table));
        jdbc.execute("create unique index if not exists %1$s_order_month_once on %1$s (order_number, service_month)".formatted(table));
        jdbc.execute("create index if not exists %1$s_assistant_month on %1$s (assistant_iin, service_month)".formatted(table));
        jdbc.execute("create index if not exists %1$s_cycle on %1$s (cycle_month, mio_bin)".formatted(table));
        Boolean keyed = jdbc.queryForObject("select exists (select 1 from pg_constraint where conrelid = ?::regclass and contype = 'p')",
                Boolean.class, table);
        if (!Boolean.TRUE.equals(keyed)) {
            jdbc.execute("alter table %1$s add constraint %1$s_pkey primary key (record_id)".formatted(table));
        }
        if (!isAttached(cycle)) {
            jdbc.execute("alter table reimbursement_record attach partition %s for values from (%d) to (%d)".formatted(
                    table, ReimbursementRecord.idOf(cycle, 0), ReimbursementRecord.idOf(cycle.plusMonths(1), 0)));
        }
        TableStatistics.refresh(jdbc, table);
    }

    private boolean isAttached(YearMonth cycle) {
        Boolean attached = jdbc.queryForObject("""
                select exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
                               where c.relname = ? and i.inhparent = 'reimbursement_record'::regclass)
                """, Boolean.class, table(cycle));
        return Boolean.TRUE.equals(attached);
    }
}
