package kz.assistant.reimbursement.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Gathers an act's {@link ActTrace} from the database: every table the act's path left a row in. */
@Service
public class ActTraceService {

    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private final JdbcTemplate jdbc;

    public ActTraceService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The act's trace, or empty when no file ever carried an act of that number. */
    public Optional<ActTrace> trace(String actNumber) {
        List<ActTrace.Intake> intakes = new ArrayList<>(jdbc.query("""
                select r.cycle_month, f.file_name, r.line from reimbursement_record r left join act_file f on f.cycle_month = r.cycle_month
                where r.act_number = ?""", (rs, i) -> new ActTrace.Intake(rs.getString(1), rs.getString(2), rs.getLong(3), true, null, null),
                actNumber));
        intakes.addAll(jdbc.query("""
                select x.cycle_month, f.file_name, x.line, x.reason_code, x.reason from rejected_act x
                left join act_file f on f.cycle_month = x.cycle_month where x.act_number = ?""",
                (rs, i) -> new ActTrace.Intake(rs.getString(1), rs.getString(2), rs.getLong(3), false, rs.getString(4), rs.getString(5)),
                actNumber));
        if (intakes.isEmpty()) {
            return Optional.empty();
        }
        intakes.sort(Comparator.comparing(ActTrace.Intake::cycleMonth).thenComparing(ActTrace.Intake::line));
        List<ActTrace.Record> records = jdbc.query("""
                select r.record_id, r.cycle_month, r.service_month, r.mio_bin, m.name, r.supplier_id, r.supplier_name, r.assistant_iin,
                  r.assistant_name, r.person_iin, r.person_name, r.hours, r.hour_rate, r.service_cost, r.guaranteed, r.opv, r.osms,
                  r.to_supplier, r.opv_exempt, r.osms_exempt, r.supplier_iban, r.supplier_bic, coalesce(s.state, 'FORMED')
                from reimbursement_record r left join mio m on m.mio_bin = r.mio_bin left join record_state s on s.record_id = r.record_id
                where r.act_number = ?""", (rs, i) -> new ActTrace.Record(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
                rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getBoolean(19), rs.getBoolean(20),
                rs.getString(21), rs.getString(22), rs.getString(23)), actNumber);
        if (records.isEmpty()) {
            return Optional.of(new ActTrace(actNumber, intakes, null, List.of(), null, null, List.of(), List.of(), List.of(), null, null));
        }
        ActTrace.Record record = records.get(0);
        long id = record.recordId();
        ActTrace.Request request = first(jdbc.query("""
                select q.cycle_month, q.formed_on, q.due_by, q.amount from record_state s
                join funding_request q on q.cycle_month = s.requested_in and q.mio_bin = s.mio_bin where s.record_id = ?""",
                (rs, i) -> new ActTrace.Request(rs.getString(1), date(rs, 2), date(rs, 3), rs.getBigDecimal(4)), id));
        LocalDate fundedOn = first(jdbc.query("select funded_at from record_state where record_id = ? and funded_at is not null",
                (rs, i) -> day(rs.getObject(1, OffsetDateTime.class)), id));
        ActTrace.Transfer funding = fundedOn == null ? null : first(jdbc.query("""
                select payment_order_number, payment_order_date, received_on, amount from mio_transfer
                where mio_bin = ? and received_on <= ? order by received_on desc, id desc limit 1""",
                (rs, i) -> new ActTrace.Transfer(rs.getString(1), date(rs, 2), date(rs, 3), rs.getBigDecimal(4)), record.mioBin(), fundedOn));
        List<ActTrace.Payment> payments = jdbc.query("""
                select p.payment_reference, p.attempt, g.message_id, p.bic, g.run_number, p.supplier_iban, p.amount, p.state, p.sent_at,
                  p.from_returned_money
                from payment p left join payment_register g on g.id = p.register_id where p.record_id = ? order by p.attempt""",
                (rs, i) -> new ActTrace.Payment(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getString(8), day(rs.getObject(9, OffsetDateTime.class)), rs.getBoolean(10)), id);
        List<ActTrace.Return> returns = jdbc.query("""
                select b.payment_reference, b.returned_on, b.amount, b.reason, f.file_name from bank_return b
                join input_file f on f.id = b.input_file_id where b.record_id = ? order by b.returned_on""",
                (rs, i) -> new ActTrace.Return(rs.getString(1), date(rs, 2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5)), id);
        List<ActTrace.NewDetails> details = returns.isEmpty() ? List.of() : jdbc.query("""
                select q.changed_on, q.supplier_iban, q.supplier_bic, f.file_name from supplier_requisites q
                join input_file f on f.id = q.input_file_id where q.supplier_id = ? order by q.changed_on, q.id""",
                (rs, i) -> new ActTrace.NewDetails(date(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4)), record.supplierId());
        ActTrace.Refund refund = first(jdbc.query("select refunded_on, amount from refund where record_id = ?",
                (rs, i) -> new ActTrace.Refund(date(rs, 1), rs.getBigDecimal(2)), id));
        ActTrace.Contributions contributions = first(jdbc.query("""
                select t.transferred_on, t.opv, t.osms from record_contribution k
                join contribution_transfer t on t.id = k.contribution_transfer_id where k.record_id = ?""",
                (rs, i) -> new ActTrace.Contributions(date(rs, 1), rs.getBigDecimal(2), rs.getBigDecimal(3)), id));
        List<ActTrace.Event> events = events(id, request, fundedOn, payments, returns, refund);
        return Optional.of(new ActTrace(actNumber, intakes, record, events, request, funding, payments, returns, details, refund,
                contributions));
    }

    /** The states in the order they happened, each on its business day as the database keeps it. */
    private List<ActTrace.Event> events(long id, ActTrace.Request request, LocalDate fundedOn, List<ActTrace.Payment> payments,
                                        List<ActTrace.Return> returns, ActTrace.Refund refund) {
        List<ActTrace.Event> events = new ArrayList<>();
        LocalDate formed = first(jdbc.query("select formed_at from reimbursement_record where record_id = ?",
                (rs, i) -> day(rs.getObject(1, OffsetDateTime.class)), id));
        events.add(new ActTrace.Event(formed, "FORMED", null));
        if (request != null) {
            events.add(new ActTrace.Event(request.formedOn(), "REQUESTED", request.cycleMonth()));
        }
        if (fundedOn != null) {
            events.add(new ActTrace.Event(fundedOn, "FUNDED", null));
        }
        for (ActTrace.Payment p : payments) {
            events.add(new ActTrace.Event(p.sentOn(), "SENT", p.reference()));
        }
        for (ActTrace.Return r : returns) {
            events.add(new ActTrace.Event(r.returnedOn(), "RETURNED", r.paymentReference()));
        }
        jdbc.query("select state, state_changed_at from record_state where record_id = ? and state in ('REQUEUED', 'PAID')", rs -> {
            events.add(new ActTrace.Event(day(rs.getObject(2, OffsetDateTime.class)), rs.getString(1), null));
        }, id);
        if (refund != null) {
            events.add(new ActTrace.Event(refund.refundedOn(), "REFUNDED", null));
        }
        events.sort(Comparator.comparing(ActTrace.Event::day, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(KAZAKHSTAN).toLocalDate();
    }
}
