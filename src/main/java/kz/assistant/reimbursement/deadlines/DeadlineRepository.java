package kz.assistant.reimbursement.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the ledger reads from the database: when each step of cycle M was done, per MIO. */
@Repository
class DeadlineRepository {

    record Request(LocalDate formedOn, LocalDate dueBy, BigDecimal amount) {
    }

    record Transfer(String number, LocalDate date, BigDecimal amount) {
    }

    /** The MIO's records of the need of M: how many are still waiting for money or payment, and the day the last was paid. */
    record Payments(long unpaid, LocalDate lastPaid) {
    }

    record Return(String paymentReference, LocalDate returnedOn, LocalDate takenOn, LocalDate detailsOn, LocalDate repaidOn) {
    }

    private final JdbcTemplate jdbc;

    DeadlineRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The MIO registry: BIN and name, by BIN. */
    Map<String, String> mios() {
        Map<String, String> mios = new TreeMap<>();
        jdbc.query("select mio_bin, name from mio order by mio_bin", rs -> {
            mios.put(rs.getString(1), rs.getString(2));
        });
        return mios;
    }

    /**
     * The business date of the first completed run of {@code job} for {@code month}; a refund run before
     * п.20's day (step exit status NOT DUE) refunded nothing and does not count.
     */
    Optional<LocalDate> completedOn(String job, YearMonth month) {
        List<String> dates = jdbc.queryForList("""
                select d.parameter_value from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                join batch_job_execution_params m on m.job_execution_id = e.job_execution_id
                  and m.parameter_name = 'month' and m.parameter_value = ?
                join batch_job_execution_params d on d.job_execution_id = e.job_execution_id and d.parameter_name = 'date'
                where i.job_name = ? and e.status = 'COMPLETED'
                  and not exists (select 1 from batch_step_execution s where s.job_execution_id = e.job_execution_id and s.exit_code = 'NOT DUE')
                order by e.job_execution_id limit 1
                """, String.class, month.toString(), job);
        return dates.stream().findFirst().map(LocalDate::parse);
    }

    Map<String, Request> requests(YearMonth month) {
        Map<String, Request> requests = new TreeMap<>();
        jdbc.query("select mio_bin, formed_on, due_by, amount from funding_request where cycle_month = ?", rs -> {
            requests.put(rs.getString(1), new Request(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
        }, month.toString());
        return requests;
    }

    /** The MIO's payment orders delivered in the inbox of M, oldest first. */
    List<Transfer> transfers(YearMonth month, String mioBin) {
        return jdbc.query("""
                select payment_order_number, payment_order_date, amount from mio_transfer
                where cycle_month = ? and mio_bin = ? order by payment_order_date, id
                """, (rs, i) -> new Transfer(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)),
                month.toString(), mioBin);
    }

    /** Per MIO: one pass over the states of the records requested in M. */
    Map<String, Payments> payments(YearMonth month) {
        Map<String, Payments> payments = new TreeMap<>();
        jdbc.query("""
                select s.mio_bin, count(*) filter (where s.state in ('REQUESTED', 'FUNDED')), max(p.sent_at)::date
                from record_state s left join payment p on p.record_id = s.record_id and p.attempt = 1
                where s.requested_in = ? group by s.mio_bin
                """, rs -> {
            payments.put(rs.getString(1), new Payments(rs.getLong(2), rs.getObject(3, LocalDate.class)));
        }, month.toString());
        return payments;
    }

    /**
     * The returns delivered in the inbox of M for the MIO's records: the day of the return, the business
     * day it was taken (and reported, п.17–18), the business day the supplier's later details were taken
     * and the day the record was paid again (п.19).
     */
    List<Return> returns(YearMonth month, String mioBin) {
        return jdbc.query("""
                select b.payment_reference, b.returned_on, f.business_date,
                  (select min(rf.business_date) from supplier_requisites q join input_file rf on rf.id = q.input_file_id
                   join reimbursement_record r on r.supplier_id = q.supplier_id
                   where r.record_id = b.record_id and q.supplier_iban <> p.supplier_iban),
                  (select min(n.sent_at)::date from payment n where n.record_id = b.record_id and n.attempt > p.attempt)
                from bank_return b
                join input_file f on f.id = b.input_file_id
                join payment p on p.payment_reference = b.payment_reference
                join record_state s on s.record_id = b.record_id
                where b.cycle_month = ? and s.mio_bin = ?
                order by b.returned_on, b.payment_reference
                """, (rs, i) -> new Return(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), month.toString(), mioBin);
    }

    Map<String, LocalDate> signedActs(YearMonth month) {
        Map<String, LocalDate> signed = new TreeMap<>();
        jdbc.query("select mio_bin, received_on from act_signed where cycle_month = ?", rs -> {
            signed.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        }, month.toString());
        return signed;
    }

    /** п.22: the MIO's signed act came back on {@code receivedOn}; a second record corrects the first. */
    void recordSignedAct(YearMonth month, String mioBin, LocalDate receivedOn, String recordedBy) {
        jdbc.update("""
                insert into act_signed (cycle_month, mio_bin, received_on, recorded_by) values (?, ?, ?, ?)
                on conflict (cycle_month, mio_bin) do update set received_on = excluded.received_on,
                  recorded_by = excluded.recorded_by, recorded_at = now()
                """, month.toString(), mioBin, receivedOn, recordedBy);
    }

    boolean isKnownMio(String mioBin) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from mio where mio_bin = ?)", Boolean.class, mioBin));
    }
}
