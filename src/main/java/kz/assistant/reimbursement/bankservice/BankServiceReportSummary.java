package kz.assistant.reimbursement.bankservice;

import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "transferred 5 (…), returned 1 (…), paid 4 (…)" over all MIOs of the cycle. */
@Component
class BankServiceReportSummary implements JobSummary {

    private final JdbcTemplate jdbc;

    BankServiceReportSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return BankServiceReportJobConfiguration.JOB_NAME;
    }

    /** Runs daily or is a report rebuilt from the database: a completed month runs again as a new instance. */
    @Override
    public boolean runsAgainInTheSameCycle() {
        return true;
    }

    @Override
    public String summarize(YearMonth month) {
        Map<String, Object> t = jdbc.queryForMap("""
                select count(*) as n, coalesce(sum(p.amount), 0) as s,
                  count(*) filter (where p.state = 'RETURNED') as rn, coalesce(sum(p.amount) filter (where p.state = 'RETURNED'), 0) as rs
                from payment p join reimbursement_record r on r.record_id = p.record_id where %s
                """.formatted(BankServiceReportSpreadsheet.paymentOfCycle(month)), month.toString());
        long n = ((Number) t.get("n")).longValue();
        long rn = ((Number) t.get("rn")).longValue();
        return String.format("payments transferred %d (%s), returned %d (%s), paid %d (%s)", n, t.get("s"), rn, t.get("rs"), n - rn,
                ((java.math.BigDecimal) t.get("s")).subtract((java.math.BigDecimal) t.get("rs")).toPlainString());
    }
}
