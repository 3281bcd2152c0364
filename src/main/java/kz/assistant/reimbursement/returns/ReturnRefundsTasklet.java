package kz.assistant.reimbursement.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.system.BusinessDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * п.20 for cycle M when the business date is on or after the last working day of M+1: records whose returned money was not re-sent
 * (RETURNED, or REQUEUED and not yet paid again) are REFUNDED to their MIO, and the payments still
 * SENT, which no bank returned in that time, are PAID (docs/decisions.md). Before that day it
 * changes nothing: the supplier may still send new details. Every statement takes only rows not
 * yet in their final state, so a rerun changes nothing more.
 */
public class ReturnRefundsTasklet implements Tasklet {

    static final String NOT_DUE = "NOT DUE";
    private static final Logger log = LoggerFactory.getLogger(ReturnRefundsTasklet.class);

    private final YearMonth cycle;
    private final LocalDate today;
    private final JdbcTemplate jdbc;

    public ReturnRefundsTasklet(YearMonth cycle, LocalDate businessDate, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.today = businessDate;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate due = RefundDeadline.of(cycle, jdbc);
        if (today.isBefore(due)) {
            log.info("Refunds of {} are due on {}, not before: nothing was changed", cycle, due);
            contribution.setExitStatus(new ExitStatus(NOT_DUE, "refunds of " + cycle + " are due on " + due));
            return RepeatStatus.FINISHED;
        }
        String c = cycle.toString();
        int refunded = jdbc.update("""
                insert into refund (record_id, cycle_month, mio_bin, amount, refunded_on)
                select record_id, cycle_month, mio_bin, to_supplier, ? from record_state
                where cycle_month = ? and state in ('RETURNED', 'REQUEUED')
                on conflict (record_id) do nothing
                """, Date.valueOf(today), c);
        jdbc.update("""
                update record_state set state = 'REFUNDED', state_changed_at = ?
                where cycle_month = ? and state in ('RETURNED', 'REQUEUED')
                """, BusinessDate.timestamp(today), c);
        int paid = jdbc.update("""
                update payment p set state = 'PAID' from record_state s
                where s.record_id = p.record_id and s.cycle_month = ? and p.state = 'SENT'
                """, c);
        jdbc.update("""
                update record_state set state = 'PAID', state_changed_at = ?
                where cycle_month = ? and state = 'SENT'
                """, BusinessDate.timestamp(today), c);
        contribution.incrementWriteCount(refunded + paid);
        log.info("Cycle {}: {} records refunded to the MIOs, {} payments confirmed PAID", cycle, refunded, paid);
        return RepeatStatus.FINISHED;
    }
}
