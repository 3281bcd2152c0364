package kz.assistant.reimbursement.contributions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.files.CsvOutputFile;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code outbox/<M>/opv-osms-exceptions.csv}: every row of the cycle's opv-osms-transfers files that confirmed nothing, rebuilt from the database. */
final class OpvOsmsExceptionsFile {

    static final List<String> COLUMNS = List.of("file_name", "line", "reason_code", "reason", "raw");

    private OpvOsmsExceptionsFile() {
    }

    static void write(JdbcTemplate jdbc, Path outbox, YearMonth cycle) {
        try {
            CsvOutputFile.write(outbox.resolve("opv-osms-exceptions.csv"), COLUMNS, rows -> jdbc.query("""
                    select f.file_name, e.line, e.reason_code, e.reason, e.raw
                    from input_exception e join input_file f on f.id = e.input_file_id
                    where f.kind = ? and f.cycle_month = ? order by f.id, e.line
                    """, rs -> {
                rows.row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));
            }, OpvOsmsTransfersTasklet.KIND, cycle.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write opv-osms-exceptions.csv for " + cycle, e);
        }
    }
}
