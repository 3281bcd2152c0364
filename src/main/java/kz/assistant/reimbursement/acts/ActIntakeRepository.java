package kz.assistant.reimbursement.acts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.assistant.reimbursement.records.EarlierRecordsScope;
import kz.assistant.reimbursement.system.PgCopy;
import kz.assistant.reimbursement.system.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tables of the intake: act_file, act_intake (accepted so far) and rejected_act. */
@Repository
public class ActIntakeRepository {

    public record ActFile(String fileName, String sha256, ActFileStatus status) {
    }

    public record Counts(int accepted, int rejected) {
        public int total() {
            return accepted + rejected;
        }
    }

    /** act_intake holds the file's columns (ActColumns, with the optional service_cost) after the cycle and the line. */
    private static final List<String> INTAKE_COLUMNS = concat(List.of("cycle_month", "line"),
            concat(ActColumns.ALL, List.of(ActColumns.SERVICE_COST)));
    /** rejected_act holds them as the file's text, after the cycle, the line and the reason. */
    private static final List<String> REJECTED_COLUMNS = concat(List.of("cycle_month", "line", "reason_code", "reason"),
            concat(ActColumns.ALL, List.of(ActColumns.SERVICE_COST)));
    /** An accepted act's columns as rejected_act's text: dates and numbers as the file wrote them. */
    private static final String INTAKE_AS_REJECTED_TEXT = concat(ActColumns.ALL, List.of(ActColumns.SERVICE_COST)).stream()
            .map(column -> switch (column) {
                case "act_received" -> "to_char(a.act_received, 'YYYY-MM-DD')";
                case "service_days", "hours", "service_cost" -> "a." + column + "::text";
                default -> "a." + column;
            }).collect(Collectors.joining(", "));

    /** rejected-acts.csv's rows, one bound value: the cycle month ({@link RejectedActsFile}). */
    static final String REJECTED_ACTS_IN_LINE_ORDER = "select " + String.join(", ", ActColumns.ALL)
            + ", " + ActColumns.SERVICE_COST + ", line, reason_code, reason from rejected_act where cycle_month = ? order by line";

    private final JdbcTemplate jdbc;
    private final PgCopy intakeCopy;
    private final PgCopy rejectedCopy;

    public ActIntakeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.intakeCopy = new PgCopy(jdbc.getDataSource(), "act_intake", INTAKE_COLUMNS);
        this.rejectedCopy = new PgCopy(jdbc.getDataSource(), "rejected_act", REJECTED_COLUMNS);
    }

    public Optional<ActFile> actFile(YearMonth cycle) {
        return jdbc.query("select file_name, sha256, status from act_file where cycle_month = ?",
                (rs, i) -> new ActFile(rs.getString(1), rs.getString(2), ActFileStatus.valueOf(rs.getString(3))),
                cycle.toString()).stream().findFirst();
    }

    /** Starts the intake of a file from its first line: whatever an earlier, refused file left goes. */
    public void startIntake(YearMonth cycle, String fileName, String sha256) {
        jdbc.update("delete from act_intake where cycle_month = ?", cycle.toString());
        jdbc.update("delete from rejected_act where cycle_month = ?", cycle.toString());
        jdbc.update("""
                insert into act_file (cycle_month, file_name, sha256, status) values (?, ?, ?, 'LOADING')
                on conflict (cycle_month) do update set file_name = excluded.file_name, sha256 = excluded.sha256,
                  status = 'LOADING', lines_read = null, accepted = null, rejected = null, updated_at = now()
                """, cycle.toString(), fileName, sha256);
    }

    public void markStatus(YearMonth cycle, ActFileStatus status) {
        Counts counts = counts(cycle);
        jdbc.update("update act_file set status = ?, accepted = ?, rejected = ?, updated_at = now() where cycle_month = ?",
                status.name(), counts.accepted(), counts.rejected(), cycle.toString());
    }

    /**
     * After the bulk copy, before the set-based checks: see {@link TableStatistics}. The checks join
     * the new acts to every cycle's records: planned while act_intake's statistics knew none of this
     * cycle's acts, that join ran as a nested loop of a million look-ups in every partition of
     * reimbursement_record (more than a quarter of an hour with a year of history). The records'
     * partitions get their statistics when they are attached (RecordPartition) and from autovacuum;
     * analyzing reimbursement_record itself would sample every partition again, every month.
     */
    public void refreshStatistics() {
        TableStatistics.refresh(jdbc, "act_intake", "rejected_act");
    }

    public Counts counts(YearMonth cycle) {
        Integer accepted = jdbc.queryForObject("select count(*) from act_intake where cycle_month = ?", Integer.class, cycle.toString());
        Integer rejected = jdbc.queryForObject("select count(*) from rejected_act where cycle_month = ?", Integer.class, cycle.toString());
        return new Counts(accepted == null ? 0 : accepted, rejected == null ? 0 : rejected);
    }

    public void insertAccepted(YearMonth cycle, List<PsuAct> acts) {
        if (acts.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(acts.size());
        for (PsuAct a : acts) {
            rows.add(new Object[] {cycle.toString(), a.line(), a.actNumber(), a.actReceived(),
                    a.serviceMonth().toString(), a.orderNumber(), a.decisionNumber(), a.oblast(), a.region(), a.mioBin(),
                    a.personIin(), a.personName(), a.supplierId(), a.supplierName(), a.assistantIin(), a.assistantName(),
                    a.serviceDays(), a.hours(), a.supplierIban(), a.supplierBic(), a.serviceCost()});
        }
        intakeCopy.copy(rows);
    }

    public void insertRejected(YearMonth cycle, List<ActRejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(rejections.size());
        for (ActRejection r : rejections) {
            List<Object> row = new ArrayList<>(22);
            row.add(cycle.toString());
            row.add(r.line());
            row.add(r.reason().name());
            row.add(r.message());
            row.addAll(r.fields());
            row.add(r.serviceCost().isEmpty() ? null : r.serviceCost());
            rows.add(row.toArray());
        }
        rejectedCopy.copy(rows);
    }

    /**
     * Moves the acts that repeat an act or an order already seen to the rejections, set-based, in the
     * order docs/rules.md lists the checks: an act number reimbursed in an earlier cycle, an act number
     * earlier in the file (the first row is taken), an order and service month claimed in an earlier
     * cycle or earlier in the file.
     *
     * @return how many acts were moved
     */
    public int rejectDuplicates(YearMonth cycle) {
        String c = cycle.toString();
        // The in-file checks sort the whole file's hashes: in memory, not in 4 MB runs on disk, and
        // sorted rather than hashed (a hash table of a million groups costs more than the sort).
        jdbc.execute("set local work_mem = '128MB'");
        jdbc.execute("set local enable_hashagg = off");
        int moved = move(c, RejectionReason.ACT_ALREADY_REIMBURSED, "a.earlier", """
                select a.line, min(r.cycle_month) as earlier from act_intake a
                join reimbursement_record r on r.act_number = a.act_number and r.cycle_month <> a.cycle_month
                where a.cycle_month = ? group by a.line
                """, c);
        // Repeats within the file are rare: the window (a sort of every act number, which share long
        // prefixes) runs only over the acts whose number's 64-bit hash occurs more than once. Every
        // act of a repeated number is among them, so the first line of each number is the same.
        moved += move(c, RejectionReason.DUPLICATE_ACT_IN_FILE, "a.earlier", """
                select line, first_line::text as earlier from (
                  select line, min(line) over (partition by act_number) as first_line from act_intake
                  where cycle_month = ? and hashtextextended(act_number, 0) in (
                    select hashtextextended(act_number, 0) from act_intake where cycle_month = ?
                    group by 1 having count(*) > 1)
                ) x where line <> first_line
                """, c, c);
        // An order and month can only have been claimed in a cycle after that month: see EarlierRecordsScope.
        EarlierRecordsScope claims = EarlierRecordsScope.of(jdbc, cycle);
        moved += move(c, RejectionReason.DUPLICATE_ORDER_MONTH,
                "a.order_number, a.service_month, 'список за ' || a.earlier", """
                select a.line, min(r.cycle_month) as earlier from act_intake a
                join reimbursement_record r on r.order_number = a.order_number and r.service_month = a.service_month
                  and r.cycle_month <> a.cycle_month and r.record_id >= ?
                where a.cycle_month = ? and a.service_month < ? group by a.line
                """, claims.firstRecordId(), c, claims.serviceMonthsBefore());
        moved += move(c, RejectionReason.DUPLICATE_ORDER_MONTH,
                "a.order_number, a.service_month, 'строка ' || a.earlier", """
                select line, first_line::text as earlier from (
                  select line, min(line) over (partition by order_number, service_month) as first_line from act_intake
                  where cycle_month = ? and hashtextextended(order_number || ';' || service_month, 0) in (
                    select hashtextextended(order_number || ';' || service_month, 0) from act_intake where cycle_month = ?
                    group by 1 having count(*) > 1)
                ) x where line <> first_line
                """, c, c);
        return moved;
    }

    // The message is the enum's template filled by PostgreSQL's format(), which takes the same %s;
    // messageArguments are columns of the moved act, never values.
    private int move(String cycle, RejectionReason reason, String messageArguments, String duplicatesSql,
                     Object... duplicatesArguments) {
        List<Object> arguments = new ArrayList<>(List.of(duplicatesArguments));
        arguments.addAll(List.of(cycle, reason.name(), reason.template()));
        return jdbc.update("""
                with d as (%s),
                moved as (
                  delete from act_intake a using d where a.cycle_month = ? and a.line = d.line
                  returning a.*, d.earlier
                )
                insert into rejected_act (%s)
                select a.cycle_month, a.line, ?, format(?, %s), %s
                from moved a
                """.formatted(duplicatesSql, String.join(", ", REJECTED_COLUMNS), messageArguments, INTAKE_AS_REJECTED_TEXT),
                arguments.toArray());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
