package kz.assistant.reimbursement.reimbursementlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.acts.ActColumns;
import kz.assistant.reimbursement.files.CsvOutputFile;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV outputs of the 14th, rebuilt from the database on every run so that a rerun gives the same
 * files: cbd-records.csv (Appendix 2), psu-notifications.csv (amount formed, per act, for the
 * supplier's cabinet) and rejected-acts.csv (input columns + line, reason code, reason).
 */
public class CbdFilesTasklet implements Tasklet {

    static final List<String> CBD_COLUMNS = List.of("record_id", "act_number", "mio_bin", "supplier_id", "assistant_iin",
            "person_iin", "supplier_iban", "supplier_bic", "service_month", "guaranteed", "to_supplier", "opv", "osms");
    static final List<String> NOTIFICATION_COLUMNS = List.of("act_number", "supplier_id", "supplier_name", "service_month",
            "cycle_month", "guaranteed", "opv", "osms", "to_supplier", "message");

    private final YearMonth cycle;
    private final HomeFolder home;
    private final JdbcTemplate jdbc;

    public CbdFilesTasklet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Path outbox = home.outbox(cycle);
        String c = cycle.toString();
        long written = CsvOutputFile.write(outbox.resolve("cbd-records.csv"), CBD_COLUMNS, rows -> jdbc.query("""
                select record_id, act_number, mio_bin, supplier_id, assistant_iin, person_iin, supplier_iban, supplier_bic,
                  service_month, guaranteed, to_supplier, opv, osms
                from reimbursement_record where cycle_month = ? order by record_id
                """, rs -> {
            rows.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                    rs.getBigDecimal(12), rs.getBigDecimal(13));
        }, c));
        CsvOutputFile.write(outbox.resolve("psu-notifications.csv"), NOTIFICATION_COLUMNS, rows -> jdbc.query("""
                select act_number, supplier_id, supplier_name, service_month, cycle_month, guaranteed, opv, osms, to_supplier
                from reimbursement_record where cycle_month = ? order by record_id
                """, rs -> {
            rows.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                    "Сформирована сумма возмещения по акту " + rs.getString(1) + " за " + rs.getString(4)
                            + ": гарантированная сумма " + rs.getBigDecimal(6).toPlainString() + " тенге, к перечислению "
                            + rs.getBigDecimal(9).toPlainString() + " тенге (месяц на выплату " + rs.getString(5) + ")");
        }, c));
        writeRejectedActs(jdbc, home, cycle);
        contribution.incrementWriteCount(written);
        return RepeatStatus.FINISHED;
    }

    /** Also written when the file is refused over the threshold: the officer needs to see why. */
    static void writeRejectedActs(JdbcTemplate jdbc, HomeFolder home, YearMonth cycle) {
        List<String> header = new ArrayList<>(ActColumns.ALL);
        header.addAll(List.of("line", "reason_code", "reason"));
        String columns = String.join(", ", ActColumns.ALL);
        try {
            CsvOutputFile.write(home.outbox(cycle).resolve("rejected-acts.csv"), header, rows -> jdbc.query(
                    "select " + columns + ", line, reason_code, reason from rejected_act where cycle_month = ? order by line",
                    rs -> {
                        Object[] values = new Object[header.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getObject(i + 1);
                        }
                        rows.row(values);
                    }, cycle.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rejected-acts.csv for " + cycle, e);
        }
    }
}
