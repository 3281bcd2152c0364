package kz.assistant.reimbursement.fundingneed;

import java.time.YearMonth;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "285 records requested from 3 MIO, 17 819 000.00 to suppliers, due by 2026-03-17; per MIO …". */
@Component
class FundingNeedSummary implements JobSummary {

    private final JdbcTemplate jdbc;

    FundingNeedSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return FundingNeedJobConfiguration.JOB_NAME;
    }

    @Override
    public String summarize(YearMonth month) {
        StringBuilder perMio = new StringBuilder();
        long[] records = {0};
        java.math.BigDecimal[] total = {java.math.BigDecimal.ZERO};
        String[] due = {""};
        jdbc.query("select mio_bin, records, amount, due_by from funding_request where cycle_month = ? order by mio_bin", rs -> {
            perMio.append(perMio.isEmpty() ? "" : ", ").append(rs.getString(1)).append(": ").append(rs.getLong(2))
                    .append(" records ").append(rs.getBigDecimal(3).toPlainString());
            records[0] += rs.getLong(2);
            total[0] = total[0].add(rs.getBigDecimal(3));
            due[0] = rs.getString(4);
        }, month.toString());
        if (records[0] == 0) {
            return "no FORMED records waiting: no need and no requests formed";
        }
        return String.format("%d records requested, %s to suppliers, due by %s; per MIO: %s",
                records[0], total[0].toPlainString(), due[0], perMio);
    }
}
