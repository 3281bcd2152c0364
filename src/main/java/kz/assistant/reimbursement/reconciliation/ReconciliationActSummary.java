package kz.assistant.reimbursement.reconciliation;

import java.time.YearMonth;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "070340000111: 2 payment orders 71 086.57, 081240000221: ...". */
@Component
class ReconciliationActSummary implements JobSummary {

    private final JdbcTemplate jdbc;

    ReconciliationActSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return ReconciliationActJobConfiguration.JOB_NAME;
    }

    /** Runs daily or is a report rebuilt from the database: a completed month runs again as a new instance. */
    @Override
    public boolean runsAgainInTheSameCycle() {
        return true;
    }

    @Override
    public String summarize(YearMonth month) {
        StringBuilder perMio = new StringBuilder();
        jdbc.query("select mio_bin, count(*), sum(amount) from mio_transfer where cycle_month = ? group by mio_bin order by mio_bin",
                rs -> {
                    perMio.append(perMio.isEmpty() ? "" : ", ").append(rs.getString(1)).append(": ").append(rs.getLong(2))
                            .append(" payment orders ").append(rs.getBigDecimal(3).toPlainString());
                }, month.toString());
        return "acts written to outbox/" + month + "; funding by MIO: " + (perMio.isEmpty() ? "none" : perMio);
    }
}
