package kz.assistant.reimbursement.returns;

import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "returns taken 3 (187 668.54), exceptions 2; new bank details 1, refused 0; records RETURNED 2, REQUEUED 1" for the cycle so far. */
@Component
class BankReturnsSummary implements JobSummary {

    private final JdbcTemplate jdbc;

    BankReturnsSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return BankReturnsJobConfiguration.JOB_NAME;
    }

    /** Runs daily or is a report rebuilt from the database: a completed month runs again as a new instance. */
    @Override
    public boolean runsAgainInTheSameCycle() {
        return true;
    }

    @Override
    public String summarize(YearMonth month) {
        String c = month.toString();
        Map<String, Object> returns = jdbc.queryForMap("select count(*) as n, coalesce(sum(amount), 0) as s from bank_return where cycle_month = ?", c);
        Map<String, Object> files = jdbc.queryForMap("""
                select coalesce(sum(rows_refused) filter (where kind = 'bank-returns'), 0) as return_exceptions,
                  coalesce(sum(rows_taken) filter (where kind = 'psu-requisites'), 0) as requisites,
                  coalesce(sum(rows_refused) filter (where kind = 'psu-requisites'), 0) as requisites_refused
                from input_file where cycle_month = ?
                """, c);
        Map<String, Object> states = jdbc.queryForMap("""
                select count(*) filter (where state = 'RETURNED') as returned, count(*) filter (where state = 'REQUEUED') as requeued
                from record_state where cycle_month = ?
                """, c);
        return String.format("cycle so far: returns taken %s (%s), to the exceptions %s; new bank details %s, refused %s; records RETURNED %s, REQUEUED %s",
                returns.get("n"), returns.get("s"), files.get("return_exceptions"), files.get("requisites"),
                files.get("requisites_refused"), states.get("returned"), states.get("requeued"));
    }
}
