package kz.assistant.reimbursement.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.identity.PersonalData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The month's lists the console pages through: rejected acts and the exceptions of the State
 * Corporation's deliveries. Names and IINs leave this class masked; a row's raw text never does.
 */
@Repository
@ConditionalOnWebApplication
class MonthLists {

    record Page<T>(List<T> rows, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    record Rejection(int line, String reasonCode, String reason, String actNumber, String mioBin, String personIin,
                     String personName, String supplierName) {
    }

    record RefusedRow(String file, int line, String reasonCode, String reason) {
    }

    record Return(String paymentReference, BigDecimal amount, LocalDate returnedOn, String reason, String file, int line) {
    }

    record Transfer(String mioBin, String orderNumber, LocalDate orderDate, BigDecimal amount, String file, int line) {
    }

    static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;

    MonthLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<Rejection> rejections(YearMonth month, int page) {
        long total = count("select count(*) from rejected_act where cycle_month = ?", month);
        List<Rejection> rows = jdbc.query("""
                select line, reason_code, reason, act_number, mio_bin, person_iin, person_name, supplier_name
                  from rejected_act where cycle_month = ? order by line limit ? offset ?""",
                (rs, i) -> new Rejection(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        PersonalData.maskId(rs.getString(6)), PersonalData.maskName(rs.getString(7)), rs.getString(8)),
                month.toString(), PAGE_SIZE, (long) page * PAGE_SIZE);
        return new Page<>(rows, page, PAGE_SIZE, total);
    }

    /** Rows of the month's deliveries (transfers, returns, requisites) that were not taken, with why; never their raw text. */
    Page<RefusedRow> refusedRows(YearMonth month, int page) {
        long total = count("select count(*) from input_exception x join input_file f on f.id = x.input_file_id where f.cycle_month = ?", month);
        List<RefusedRow> rows = jdbc.query("""
                select f.file_name, x.line, x.reason_code, x.reason
                  from input_exception x join input_file f on f.id = x.input_file_id
                 where f.cycle_month = ? order by f.id, x.line limit ? offset ?""",
                (rs, i) -> new RefusedRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                month.toString(), PAGE_SIZE, (long) page * PAGE_SIZE);
        return new Page<>(rows, page, PAGE_SIZE, total);
    }

    List<Return> returns(YearMonth month) {
        return jdbc.query("""
                select r.payment_reference, r.amount, r.returned_on, r.reason, f.file_name, r.line
                  from bank_return r join input_file f on f.id = r.input_file_id
                 where r.cycle_month = ? order by r.returned_on, r.payment_reference""",
                (rs, i) -> new Return(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getInt(6)),
                month.toString());
    }

    List<Transfer> transfers(YearMonth month) {
        return jdbc.query("""
                select t.mio_bin, t.payment_order_number, t.payment_order_date, t.amount, f.file_name, t.line
                  from mio_transfer t join input_file f on f.id = t.input_file_id
                 where t.cycle_month = ? order by t.payment_order_date, t.mio_bin, t.payment_order_number""",
                (rs, i) -> new Transfer(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
                        rs.getString(5), rs.getInt(6)),
                month.toString());
    }

    private long count(String sql, YearMonth month) {
        Long n = jdbc.queryForObject(sql, Long.class, month.toString());
        return n == null ? 0 : n;
    }
}
