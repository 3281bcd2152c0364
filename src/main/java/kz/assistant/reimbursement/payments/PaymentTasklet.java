package kz.assistant.reimbursement.payments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

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
 * Payment orders (п.16), one authorized organization per call and so per transaction: every FUNDED
 * record, and every REQUEUED one (paid again from the returned money, п.19), of the records whose
 * details name that organization's BIC gets a payment (attempt = earlier attempts + 1) in a new
 * payment register, run n of the cycle for that BIC, and becomes SENT. The register row, the
 * payments and the states commit together: a crash leaves a BIC either paid whole or not at all,
 * and a restart pays only what is still FUNDED or REQUEUED. The index payment_one_open_per_record
 * refuses a second open payment of a record whatever happens. The files come in the next step.
 *
 * <p>Everything a payment needs is in record_state (the narrow state row keeps the account the record
 * is paid to and the number of its payments), so a BIC's payment reads that narrow table only (by the
 * range of its records' ids) and never the wide records; the state changes are HOT updates (see V8__record_state.sql). The
 * state is changed first and the payments are made for the rows the update did change: a record
 * that a concurrent return-refunds made REFUNDED meanwhile fails the update's own re-check of the
 * state and is not paid, without a FOR UPDATE of the candidates. Two payment runs (two months, or a
 * hand run beside cron) take turns on an advisory lock per transaction, so their register numbers
 * cannot collide.
 */
public class PaymentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PaymentTasklet.class);

    private final YearMonth cycle;
    private final JdbcTemplate jdbc;
    /** The register's date and ReqdExctnDt, the payments' and the states' (BusinessDate). */
    private final LocalDate businessDate;
    /** The BICs with records to pay, found by the first call of this step execution; one per call. */
    private List<BicToPay> bics;
    private int next;

    /**
     * A BIC and the range of record ids its records to pay lie in. record_state keeps every cycle's
     * records, and no index names the state (the state changes are HOT updates): each BIC's update
     * read the whole table, once per bank, a cost that grew with every month of history.
     * Its primary key reads the range instead, usually this cycle's records only. A record made
     * REQUEUED outside the range after the first call waits for the next run, as one of a BIC not in
     * the list always did.
     */
    private record BicToPay(String bic, long firstRecordId, long lastRecordId) {
    }

    public PaymentTasklet(YearMonth cycle, LocalDate businessDate, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.businessDate = businessDate;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute("select pg_advisory_xact_lock(hashtext('reimbursement:payment'))");
        String c = cycle.toString();
        if (bics == null) {
            // mio-funding has just changed the state of up to every record: without fresh statistics
            // the planner takes FUNDED for empty.
            TableStatistics.refresh(jdbc, "record_state");
            // Records of cycle M and earlier only: cron runs last month's payment-orders first, and a
            // record of this month must land in this month's register and outbox, not last month's.
            bics = jdbc.query("""
                    select supplier_bic, min(record_id), max(record_id) from record_state
                    where state in ('FUNDED', 'REQUEUED') and cycle_month <= ? group by supplier_bic order by 1
                    """, (rs, i) -> new BicToPay(rs.getString(1), rs.getLong(2), rs.getLong(3)), c);
        }
        if (next >= bics.size()) {
            return RepeatStatus.FINISHED;
        }
        BicToPay toPay = bics.get(next++);
        OffsetDateTime at = BusinessDate.timestamp(businessDate);
        String bic = toPay.bic();
        // attempts counts the record's payments: the update makes it this payment's attempt (1 for a
        // FUNDED record, 2, 3 ... for a REQUEUED one) without counting earlier payments per record.
        int sent = jdbc.update("""
                with sent as (
                  update record_state s set state = 'SENT', attempts = s.attempts + 1, state_changed_at = ?
                  where s.state in ('FUNDED', 'REQUEUED') and s.supplier_bic = ? and s.cycle_month <= ?
                    and s.record_id between ? and ?
                  returning s.record_id, s.attempts, s.supplier_iban, s.to_supplier),
                next_run as (
                  select coalesce(max(run_number), 0) + 1 as n from payment_register where cycle_month = ? and bic = ?),
                register as (
                  insert into payment_register (cycle_month, bic, run_number, message_id, payments, total, created_at)
                  select ?, ?, n, 'PR' || replace(?, '-', '') || '-' || ? || '-' || n,
                    (select count(*) from sent), (select sum(to_supplier) from sent), ?
                  from next_run where exists (select 1 from sent)
                  returning id)
                insert into payment (payment_reference, record_id, attempt, register_id, bic, supplier_iban, amount, state, from_returned_money, sent_at)
                select 'P' || t.record_id || '-' || t.attempts, t.record_id, t.attempts, g.id, ?, t.supplier_iban,
                  t.to_supplier, 'SENT', t.attempts > 1, ?
                from sent t cross join register g
                """, at, bic, c, toPay.firstRecordId(), toPay.lastRecordId(), c, bic, c, bic, c, bic, at, bic, at);
        contribution.incrementWriteCount(sent);
        log.info("Payment orders {}: {} payments to {} in a new register", cycle, sent, bic);
        return next < bics.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
