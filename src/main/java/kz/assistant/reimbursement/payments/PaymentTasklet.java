package kz.assistant.reimbursement.payments;

import java.time.YearMonth;
import java.util.List;

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
 */
public class PaymentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PaymentTasklet.class);

    private final YearMonth cycle;
    private final JdbcTemplate jdbc;

    public PaymentTasklet(YearMonth cycle, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // Records of cycle M and earlier only: cron runs last month's payment-orders first, and a
        // record of this month must land in this month's register and outbox, not last month's.
        List<String> bics = jdbc.queryForList("""
                select distinct supplier_bic from reimbursement_record
                where state in ('FUNDED', 'REQUEUED') and cycle_month <= ? order by 1 limit 2
                """, String.class, cycle.toString());
        if (bics.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        String bic = bics.get(0);
        String c = cycle.toString();
        int sent = jdbc.update("""
                with candidates as (
                  select record_id, supplier_bic, supplier_iban, to_supplier, state from reimbursement_record
                  where state in ('FUNDED', 'REQUEUED') and supplier_bic = ? and cycle_month <= ? for update),
                next_run as (
                  select coalesce(max(run_number), 0) + 1 as n from payment_register where cycle_month = ? and bic = ?),
                register as (
                  insert into payment_register (cycle_month, bic, run_number, message_id, payments, total)
                  select ?, ?, n, 'PR' || replace(?, '-', '') || '-' || ? || '-' || n,
                    (select count(*) from candidates), (select sum(to_supplier) from candidates)
                  from next_run where exists (select 1 from candidates)
                  returning id),
                paid as (
                  insert into payment (payment_reference, record_id, attempt, register_id, bic, supplier_iban, amount, state, from_returned_money)
                  select 'P' || c.record_id || '-' || a.attempt, c.record_id, a.attempt, g.id, c.supplier_bic, c.supplier_iban,
                    c.to_supplier, 'SENT', c.state = 'REQUEUED'
                  from candidates c cross join register g
                  cross join lateral (select count(*) + 1 as attempt from payment p where p.record_id = c.record_id) a
                  returning record_id)
                update reimbursement_record r set state = 'SENT', state_changed_at = now() from paid where r.record_id = paid.record_id
                """, bic, c, c, bic, c, bic, c, bic);
        contribution.incrementWriteCount(sent);
        log.info("Payment orders {}: {} payments to {} in a new register", cycle, sent, bic);
        return bics.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
