package kz.assistant.reimbursement.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.files.CsvOutputFile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outbox/<M>/transfer-exceptions.csv}, rebuilt from the database: every row of the cycle's
 * mio-transfers files that is not an ordinary transfer within its request. {@code money_kept} says
 * whether the money counts in the MIO's balance: yes for a transfer outside its request (п.15), no for
 * a row that was refused (malformed, unknown MIO, a payment order already received).
 */
final class TransferExceptionsFile {

    static final List<String> COLUMNS = List.of("file_name", "line", "mio_bin", "payment_order_number", "payment_order_date",
            "amount", "reason_code", "reason", "money_kept", "raw");

    private TransferExceptionsFile() {
    }

    static void write(JdbcTemplate jdbc, Path outbox, YearMonth cycle) {
        try {
            CsvOutputFile.write(outbox.resolve("transfer-exceptions.csv"), COLUMNS, rows -> jdbc.query("""
                    select f.file_name, t.line, t.mio_bin, t.payment_order_number, t.payment_order_date::text, t.amount,
                      x.reason_code, x.reason, 'да' as kept, null as raw, f.id as file_id
                    from transfer_exception x join mio_transfer t on t.id = x.mio_transfer_id join input_file f on f.id = t.input_file_id
                    where t.cycle_month = ?
                    union all
                    select f.file_name, e.line, null, null, null, null, e.reason_code, e.reason, 'нет', e.raw, f.id
                    from input_exception e join input_file f on f.id = e.input_file_id
                    where f.kind = ? and f.cycle_month = ?
                    order by file_id, line, reason_code
                    """, rs -> {
                rows.row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
            }, cycle.toString(), MioTransfersTasklet.KIND, cycle.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write transfer-exceptions.csv for " + cycle, e);
        }
    }
}
