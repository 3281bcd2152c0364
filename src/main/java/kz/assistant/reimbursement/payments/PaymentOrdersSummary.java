package kz.assistant.reimbursement.payments;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import kz.assistant.reimbursement.cli.JobSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "this run: 2 registers, 40 payments, 1 234 567.89 KZT; cycle: 3 transfers 2 000 000.00, 12 records waiting for MIO money …",
 * or "nothing new to pay".
 */
@Component
class PaymentOrdersSummary implements JobSummary {

    private final JdbcTemplate jdbc;
    private final PaymentsProperties payer;

    PaymentOrdersSummary(JdbcTemplate jdbc, PaymentsProperties payer) {
        this.jdbc = jdbc;
        this.payer = payer;
    }

    @Override
    public java.util.Optional<String> setupProblem() {
        return payer.problem();
    }

    @Override
    public String jobName() {
        return PaymentOrdersJobConfiguration.JOB_NAME;
    }

    @Override
    public boolean runsAgainInTheSameCycle() {
        return true;
    }

    @Override
    public String summarize(YearMonth month) {
        String c = month.toString();
        // The registers of the run that just ended: created after its last execution started. Spring Batch
        // keeps start_time as this JVM's local time without a zone; the session reckons in Asia/Almaty.
        Map<String, Object> run = jdbc.queryForMap("""
                select count(*) as registers, coalesce(sum(payments), 0) as payments, coalesce(sum(total), 0) as total
                from payment_register g
                where g.cycle_month = ? and g.written_at >= (
                  select max(e.start_time) at time zone ? from batch_job_execution e
                  join batch_job_instance i on i.job_instance_id = e.job_instance_id
                  where i.job_name = ?)
                """, c, java.time.ZoneId.systemDefault().getId(), PaymentOrdersJobConfiguration.JOB_NAME);
        Map<String, Object> transfers = jdbc.queryForMap(
                "select count(*) as n, coalesce(sum(amount), 0) as total from mio_transfer where cycle_month = ?", c);
        Map<String, Object> waiting = jdbc.queryForMap("""
                select count(*) as n, coalesce(sum(to_supplier), 0) as total from record_state
                where state = 'REQUESTED' and requested_in <= ?
                """, c);
        long exceptions = jdbc.queryForObject("""
                select count(*) from input_exception x join input_file f on f.id = x.input_file_id
                where f.kind = 'mio-transfers' and f.cycle_month = ?
                """, Long.class, c);
        long registers = ((Number) run.get("registers")).longValue();
        String thisRun = registers == 0 ? "nothing new to pay, no register written"
                : String.format("%d payment registers, %d payments, %s KZT", registers, ((Number) run.get("payments")).longValue(),
                        plain(run.get("total")));
        return String.format("%s; cycle %s: %d MIO transfers %s KZT (%d rows refused), %d records waiting for MIO money %s KZT",
                thisRun, c, ((Number) transfers.get("n")).longValue(), plain(transfers.get("total")), exceptions,
                ((Number) waiting.get("n")).longValue(), plain(waiting.get("total")));
    }

    private static String plain(Object amount) {
        return ((BigDecimal) amount).toPlainString();
    }
}
