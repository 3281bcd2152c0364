package kz.assistant.reimbursement.payments;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.TableStatistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Funds REQUESTED records of each MIO with the money the MIO has transferred and not yet spent:
 * all its transfers minus the sums to suppliers of its records already funded (FUNDED or later),
 * except REFUNDED ones, whose money went back to it (п.20). When the money is short the oldest acts
 * are funded first (act_received, record_id) and the queue stops at the first act that does not fit:
 * the rest waits for the next transfer.
 */
public class MioFundingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MioFundingTasklet.class);

    private final YearMonth cycle;
    private final JdbcTemplate jdbc;
    /** The day the records are funded: the business date of the run that takes the money. */
    private final LocalDate fundedOn;

    public MioFundingTasklet(YearMonth cycle, LocalDate fundedOn, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.fundedOn = fundedOn;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // A MIO's balance spans cycles: runs of two months at once must not both spend the same money.
        jdbc.execute("select pg_advisory_xact_lock(hashtext('reimbursement:mio-funding'))");
        TableStatistics.refresh(jdbc, "record_state", "mio_transfer");
        // The balance is the MIO's across cycles: money transferred for March may fund a late request.
        // The states, the sums and the order of the queue are all in record_state (narrow): the wide
        // records are not read. record_state keeps every cycle's records and no index names the state
        // (state changes are HOT updates), so one pass over it sums what each MIO spent and finds the
        // range of ids of the records waiting; the queue and the update read that range by the primary
        // key. Each pass saved is a pass over every cycle's state rows.
        int funded = jdbc.update("""
                with transferred as (
                  select mio_bin, sum(amount) as amount from mio_transfer group by mio_bin),
                per_mio as materialized (
                  select mio_bin,
                    sum(to_supplier) filter (where state in ('FUNDED', 'SENT', 'PAID', 'RETURNED', 'REQUEUED')) as spent,
                    min(record_id) filter (where state = 'REQUESTED' and requested_in <= ?) as first_waiting,
                    max(record_id) filter (where state = 'REQUESTED' and requested_in <= ?) as last_waiting
                  from record_state group by mio_bin),
                balance as (
                  select m.mio_bin, coalesce(t.amount, 0) - coalesce(s.spent, 0) as available
                  from mio m left join transferred t on t.mio_bin = m.mio_bin left join per_mio s on s.mio_bin = m.mio_bin),
                queue as (
                  select q.record_id, q.mio_bin,
                    sum(q.to_supplier) over (partition by q.mio_bin order by q.act_received, q.record_id) as running
                  from record_state q
                  where q.state = 'REQUESTED' and q.requested_in <= ?
                    and q.record_id between (select min(first_waiting) from per_mio) and (select max(last_waiting) from per_mio))
                update record_state s set state = 'FUNDED', funded_at = ?, state_changed_at = ?
                from queue q join balance b on b.mio_bin = q.mio_bin
                where s.record_id = q.record_id and q.running <= b.available and s.state = 'REQUESTED'
                  and s.record_id between (select min(first_waiting) from per_mio) and (select max(last_waiting) from per_mio)
                """, cycle.toString(), cycle.toString(), cycle.toString(), BusinessDate.timestamp(fundedOn), BusinessDate.timestamp(fundedOn));
        contribution.incrementWriteCount(funded);
        log.info("Funding {}: {} records funded from the MIOs' transfers", cycle, funded);
        return RepeatStatus.FINISHED;
    }
}
