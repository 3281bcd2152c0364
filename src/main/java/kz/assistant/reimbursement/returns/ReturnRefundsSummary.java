package kz.assistant.reimbursement.returns;

import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "refunded 2 records (66 449.72) to 1 MIO; payments PAID 5; due on 2026-04-30". */
@Component
class ReturnRefundsSummary implements JobSummary {

    private final JdbcTemplate jdbc;

    ReturnRefundsSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return ReturnRefundsJobConfiguration.JOB_NAME;
    }

    /** Runs daily or is a report rebuilt from the database: a completed month runs again as a new instance. */
    @Override
    public boolean runsAgainInTheSameCycle() {
        return true;
    }

    @Override
    public String summarize(YearMonth month) {
        String c = month.toString();
        Map<String, Object> refunds = jdbc.queryForMap(
                "select count(*) as n, coalesce(sum(amount), 0) as s, count(distinct mio_bin) as mios from refund where cycle_month = ?", c);
        Long paid = jdbc.queryForObject("""
                select count(*) from payment p join reimbursement_record r on r.record_id = p.record_id
                where r.cycle_month = ? and p.state = 'PAID'""", Long.class, c);
        return String.format("refunded %s records (%s) to %s MIO; payments PAID %s; refunds due on %s",
                refunds.get("n"), refunds.get("s"), refunds.get("mios"), paid, RefundDeadline.of(month, jdbc));
    }
}
