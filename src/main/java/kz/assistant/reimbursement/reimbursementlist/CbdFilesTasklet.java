package kz.assistant.reimbursement.reimbursementlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.acts.ActColumns;
import kz.assistant.reimbursement.files.CsvOutputFile;
import kz.assistant.reimbursement.records.ReimbursementRecord;
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
        long written;
        // One pass over the cycle's records for both files. The id range lets the primary key give the
        // order and this cycle's records only, whatever the earlier cycles hold.
        try (CsvOutputFile cbd = CsvOutputFile.open(outbox.resolve("cbd-records.csv"), CBD_COLUMNS);
             CsvOutputFile notifications = CsvOutputFile.open(outbox.resolve("psu-notifications.csv"), NOTIFICATION_COLUMNS)) {
            StringBuilder message = new StringBuilder(256);
            // Amounts are numeric(14, 2): PostgreSQL's text of them is BigDecimal's plain string.
            jdbc.query("""
                    select record_id, act_number, mio_bin, supplier_id, assistant_iin, person_iin, supplier_iban, supplier_bic,
                      service_month, guaranteed, to_supplier, opv, osms, supplier_name, cycle_month
                    from reimbursement_record
                    where record_id >= ? and record_id < ? and cycle_month = ? order by record_id
                    """, rs -> {
                String actNumber = rs.getString(2);
                String supplierId = rs.getString(4);
                String serviceMonth = rs.getString(9);
                String guaranteed = rs.getString(10);
                String toSupplier = rs.getString(11);
                String opv = rs.getString(12);
                String osms = rs.getString(13);
                String cycleMonth = rs.getString(15);
                cbd.row(rs.getString(1), actNumber, rs.getString(3), supplierId, rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), serviceMonth, guaranteed, toSupplier, opv, osms);
                message.setLength(0);
                message.append("Сформирована сумма возмещения по акту ").append(actNumber).append(" за ").append(serviceMonth)
                        .append(": гарантированная сумма ").append(guaranteed).append(" тенге, к перечислению ")
                        .append(toSupplier).append(" тенге (месяц на выплату ").append(cycleMonth).append(')');
                notifications.row(actNumber, supplierId, rs.getString(14), serviceMonth, cycleMonth, guaranteed, opv, osms,
                        toSupplier, message);
            }, ReimbursementRecord.idOf(cycle, 0), ReimbursementRecord.idOf(cycle.plusMonths(1), 0), cycle.toString());
            written = cbd.commit();
            notifications.commit();
        }
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
