package kz.assistant.reimbursement.fundingneed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import kz.assistant.reimbursement.records.RecordPartition;
import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.TableStatistics;

import kz.assistant.reimbursement.reference.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 15th (п.12–14): every FORMED record not yet in a need goes into the need of cycle M, and each
 * MIO gets its request. Taking the records, writing the need and the requests happen in the step's
 * one transaction, so a record is requested once: a restart finds it REQUESTED and takes it no more.
 */
public class FundingNeedTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FundingNeedTasklet.class);

    /** п.15: the MIO transfers within two working days of the request. */
    static final int DAYS_TO_TRANSFER = 2;

    private final YearMonth cycle;
    private final LocalDate formedOn;
    private final JdbcTemplate jdbc;

    public FundingNeedTasklet(YearMonth cycle, LocalDate formedOn, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.formedOn = formedOn;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // Not reimbursement_record: analyzing a partitioned table samples every partition again, a cost
        // that grows every month; each partition is analyzed when it is attached,
        // and the statement below reads only the partitions of the cycles it names.
        TableStatistics.refresh(jdbc, "record_state");
        String c = cycle.toString();
        String ofCyclesToTake = cyclesWithFormedRecords().stream().map(ReimbursementRecord::idsOf)
                .map(ids -> "(r." + ids + ")").reduce((a, b) -> a + " or " + b).orElse("false");
        // One statement takes the records and sums them: a record formed meanwhile is either in both or in neither.
        // Records of cycles up to M only: a record formed after this need waits for the next one (п.13).
        // A record without a state row is FORMED: the request inserts its row (REQUESTED), and the
        // primary key of record_state refuses a second request of the record.
        int needLines = jdbc.update("""
                with formed as materialized (
                  select r.record_id, r.cycle_month, r.mio_bin, r.act_received, r.service_month, r.guaranteed, r.to_supplier,
                    r.supplier_bic, r.supplier_iban
                  from reimbursement_record r
                  where r.cycle_month <= ? and (%s) and not exists (select 1 from record_state s where s.record_id = r.record_id)),
                taken as (
                  insert into record_state (record_id, cycle_month, mio_bin, act_received, to_supplier, supplier_bic, supplier_iban,
                                            state, requested_in, state_changed_at)
                  select record_id, cycle_month, mio_bin, act_received, to_supplier, supplier_bic, supplier_iban,
                    'REQUESTED', ?, ? from formed)
                insert into funding_need (cycle_month, mio_bin, service_month, records, guaranteed, to_supplier)
                select ?, mio_bin, service_month, count(*), sum(guaranteed), sum(to_supplier) from formed
                group by mio_bin, service_month
                on conflict (cycle_month, mio_bin, service_month) do update set
                  records = funding_need.records + excluded.records,
                  guaranteed = funding_need.guaranteed + excluded.guaranteed,
                  to_supplier = funding_need.to_supplier + excluded.to_supplier
                """.formatted(ofCyclesToTake), c, c, BusinessDate.timestamp(formedOn), c);
        LocalDate dueBy = WorkingDays.load(jdbc).plusWorkingDays(formedOn, DAYS_TO_TRANSFER);
        // The State Corporation asks for what it pays out, the sums to suppliers; OPV, OSMS and SO the
        // MIO pays itself from the contributions lists (docs/decisions.md).
        int requests = jdbc.update("""
                insert into funding_request (cycle_month, mio_bin, formed_on, due_by, records, amount)
                select cycle_month, mio_bin, ?, ?, sum(records), sum(to_supplier) from funding_need
                where cycle_month = ? group by cycle_month, mio_bin
                on conflict (cycle_month, mio_bin) do update set records = excluded.records, amount = excluded.amount
                """, formedOn, dueBy, c);
        contribution.incrementWriteCount(requests);
        log.info("Funding need {}: {} MIO/service-month lines, {} requests formed on {}, due by {}", c, needLines, requests, formedOn, dueBy);
        return RepeatStatus.FINISHED;
    }

    /**
     * The cycles up to M that have records not yet in a need (FORMED, without a state row). Each cycle's
     * records are counted against its state rows, both by the range of its record ids, so a cycle whose
     * records were all requested costs two counts instead of the anti join of its partition with
     * record_state (which made the need read every earlier month's records to take one month's). State rows are made only from records, so equal counts mean none is FORMED.
     */
    private List<YearMonth> cyclesWithFormedRecords() {
        Set<YearMonth> cycles = new TreeSet<>();
        // Records formed before V12 stay in the default partition, whatever their cycle.
        jdbc.queryForList("select distinct cycle_month from reimbursement_record_default where cycle_month <= ?", String.class,
                cycle.toString()).forEach(m -> cycles.add(YearMonth.parse(m)));
        RecordPartition.attachedCycles(jdbc).stream().filter(m -> !m.isAfter(cycle)).forEach(cycles::add);
        List<YearMonth> withFormed = new ArrayList<>();
        for (YearMonth m : cycles) {
            Boolean allRequested = jdbc.queryForObject("""
                    select (select count(*) from reimbursement_record where %1$s) = (select count(*) from record_state where %1$s)
                    """.formatted(ReimbursementRecord.idsOf(m)), Boolean.class);
            if (!Boolean.TRUE.equals(allRequested)) {
                withFormed.add(m);
            }
        }
        return withFormed;
    }
}
