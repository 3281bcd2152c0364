package kz.assistant.reimbursement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first half of the cycle for tests of the second: the real reimbursement-list job forms the
 * records, then SQL does what funding-need, MIO transfers and payment-orders do (registers per bank,
 * payments SENT with references "P" + record_id + "-" + attempt), so these tests do not wait for
 * those jobs.
 */
public final class PaymentFixtures {

    /** Records with the account they are paid to now: the state row's (new details, п.19), else the act's. */
    private static final String TO_PAY = """
            select w.record_id, w.cycle_month, w.to_supplier, w.state, coalesce(s.supplier_bic, w.supplier_bic) as supplier_bic,
              coalesce(s.supplier_iban, w.supplier_iban) as supplier_iban
            from record_with_state w left join record_state s on s.record_id = w.record_id""";

    private final JdbcTemplate jdbc;
    private final JobRunner runner;
    private final HomeFolder home;

    public PaymentFixtures(JdbcTemplate jdbc, JobRunner runner, HomeFolder home) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.home = home;
    }

    public static String reference(long recordId, int attempt) {
        return "P" + recordId + "-" + attempt;
    }

    /** Runs reimbursement-list on the acts; returns the record ids in the order of the acts. */
    public List<Long> formRecords(YearMonth cycle, ActsFile acts) throws IOException {
        Path inbox = Files.createDirectories(home.inbox(cycle));
        acts.writeTo(inbox);
        Files.writeString(inbox.resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        JobRunner.Outcome outcome = runner.run("reimbursement-list", cycle, false);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        return jdbc.queryForList("select record_id from reimbursement_record where cycle_month = ? order by record_id", Long.class, cycle.toString());
    }

    /**
     * What payment-orders does for every record of the cycle not in an open payment (FORMED ...
     * REQUEUED): one register per bank, a payment of to_supplier to the record's current account,
     * the record SENT. Returns how many payments were made.
     */
    public int sendAll(YearMonth cycle) {
        String c = cycle.toString();
        jdbc.update("""
                insert into payment_register (cycle_month, bic, run_number, message_id, payments, total)
                select ?, r.supplier_bic,
                  coalesce((select max(run_number) from payment_register g where g.cycle_month = ? and g.bic = r.supplier_bic), 0) + 1,
                  'MSG-' || ? || '-' || r.supplier_bic || '-' || (select count(*) + 1 from payment_register g where g.cycle_month = ? and g.bic = r.supplier_bic),
                  count(*), sum(r.to_supplier)
                from (%s) r
                where r.cycle_month = ? and r.state in ('FORMED', 'REQUESTED', 'FUNDED', 'REQUEUED')
                group by r.supplier_bic
                """.formatted(TO_PAY), c, c, c, c, c);
        int sent = jdbc.update("""
                insert into payment (payment_reference, record_id, attempt, register_id, bic, supplier_iban, amount, state, from_returned_money)
                select 'P' || r.record_id || '-' || n.attempt, r.record_id, n.attempt, g.id, r.supplier_bic, r.supplier_iban,
                  r.to_supplier, 'SENT', r.state = 'REQUEUED'
                from (%s) r
                cross join lateral (select coalesce(max(p.attempt), 0) + 1 as attempt from payment p where p.record_id = r.record_id) n
                join payment_register g on g.cycle_month = r.cycle_month and g.bic = r.supplier_bic
                  and g.run_number = (select max(run_number) from payment_register x where x.cycle_month = r.cycle_month and x.bic = r.supplier_bic)
                where r.cycle_month = ? and r.state in ('FORMED', 'REQUESTED', 'FUNDED', 'REQUEUED')
                """.formatted(TO_PAY), c);
        jdbc.update("""
                insert into record_state (record_id, cycle_month, mio_bin, act_received, to_supplier, supplier_bic, supplier_iban, state,
                                          requested_in, attempts)
                select record_id, cycle_month, mio_bin, act_received, to_supplier, supplier_bic, supplier_iban, 'SENT', requested_in, 1
                from record_with_state where cycle_month = ? and state in ('FORMED', 'REQUESTED', 'FUNDED', 'REQUEUED')
                on conflict (record_id) do update set state = 'SENT', attempts = record_state.attempts + 1, state_changed_at = now()
                """, c);
        completed("funding-need", cycle);
        completed("payment-orders", cycle);
        return sent;
    }

    /**
     * Records in the job repository that {@code job} completed for the cycle, as the SQL above stands for
     * it: the jobs after it check their prerequisites there (JobPrerequisites).
     */
    public void completed(String job, YearMonth cycle) {
        Long instance = jdbc.queryForObject("""
                insert into batch_job_instance (job_instance_id, version, job_name, job_key)
                values (nextval('batch_job_instance_seq'), 0, ?, md5(random()::text)) returning job_instance_id""", Long.class, job);
        Long execution = jdbc.queryForObject("""
                insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, end_time,
                                                 status, exit_code, exit_message, last_updated)
                values (nextval('batch_job_execution_seq'), 0, ?, now(), now(), now(), 'COMPLETED', 'COMPLETED', 'test fixture', now())
                returning job_execution_id""", Long.class, instance);
        jdbc.update("""
                insert into batch_job_execution_params (job_execution_id, parameter_name, parameter_type, parameter_value, identifying)
                values (?, 'month', 'java.lang.String', ?, 'Y'), (?, 'date', 'java.time.LocalDate', ?, 'N')
                """, execution, cycle.toString(), execution, cycle.atDay(20).toString());
    }

    /** A payment order of an MIO funding the cycle (п.15), as mio-transfers would record it. */
    public void transfer(YearMonth cycle, String mioBin, String orderNumber, LocalDate orderDate, String amount) {
        Long fileId = jdbc.queryForObject("""
                insert into input_file (kind, cycle_month, file_name, sha256) values ('mio-transfers', ?, 'mio-transfers.csv', ?)
                returning id""", Long.class, cycle.toString(), "test-" + orderNumber + "-" + System.nanoTime());
        jdbc.update("""
                insert into mio_transfer (mio_bin, payment_order_number, payment_order_date, amount, cycle_month, input_file_id, line)
                values (?, ?, ?, ?, ?, ?, 2)""", mioBin, orderNumber, Date.valueOf(orderDate), new BigDecimal(amount), cycle.toString(), fileId);
    }

    public String state(long recordId) {
        return jdbc.queryForObject("select state from record_with_state where record_id = ?", String.class, recordId);
    }

    public String paymentState(String reference) {
        return jdbc.queryForObject("select state from payment where payment_reference = ?", String.class, reference);
    }

    public BigDecimal toSupplier(long recordId) {
        return jdbc.queryForObject("select to_supplier from reimbursement_record where record_id = ?", BigDecimal.class, recordId);
    }
}
