package kz.assistant.reimbursement.reimbursementlist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import kz.assistant.reimbursement.acts.RejectedActsFile;
import kz.assistant.reimbursement.files.AtomicFile;
import kz.assistant.reimbursement.files.CsvOutputFile;
import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

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
    private final RejectedActsFile rejectedActsFile;

    public CbdFilesTasklet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc, RejectedActsFile rejectedActsFile) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
        this.rejectedActsFile = rejectedActsFile;
    }

    /**
     * Both files are made by PostgreSQL's COPY in CSV, each on a connection of its own at the same
     * time, and streamed to the file as they come: no value passes through Java. COPY quotes exactly
     * as {@link CsvOutputFile} does (a value with {@code ;}, {@code "}, CR or LF, quotes doubled),
     * except that it quotes an empty string; text goes through {@code nullif(…, '')} so that an empty
     * value is written empty, as before. Amounts are numeric(14, 2), whose text is BigDecimal's plain
     * string. The id range lets the primary key give the order and this cycle's records only.
     */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path outbox = home.outbox(cycle);
        // COPY takes no bind parameters: the cycle is written into the statement, and only from a
        // YearMonth (its text is YYYY-MM), never from input.
        String records = "from reimbursement_record where " + ReimbursementRecord.idsOf(cycle)
                + " and cycle_month = '" + cycle + "' order by record_id";
        String cbdQuery = """
                select record_id, nullif(act_number, ''), nullif(mio_bin, ''), nullif(supplier_id, ''),
                  nullif(assistant_iin, ''), nullif(person_iin, ''), nullif(supplier_iban, ''), nullif(supplier_bic, ''),
                  nullif(service_month, ''), guaranteed, to_supplier, opv, osms
                """ + records;
        String notificationsQuery = """
                select nullif(act_number, ''), nullif(supplier_id, ''), nullif(supplier_name, ''), nullif(service_month, ''),
                  nullif(cycle_month, ''), guaranteed, opv, osms, to_supplier,
                  'Сформирована сумма возмещения по акту ' || act_number || ' за ' || service_month
                    || ': гарантированная сумма ' || guaranteed || ' тенге, к перечислению ' || to_supplier
                    || ' тенге (месяц на выплату ' || cycle_month || ')'
                """ + records;
        DataSource dataSource = jdbc.getDataSource();
        long written;
        try (AtomicFile.Pending cbd = AtomicFile.begin(outbox.resolve("cbd-records.csv"));
             AtomicFile.Pending notifications = AtomicFile.begin(outbox.resolve("psu-notifications.csv"))) {
            CompletableFuture<Long> other = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return copyOut(connection, notificationsQuery, NOTIFICATION_COLUMNS, notifications.stream());
                } catch (SQLException | IOException e) {
                    throw new CompletionException(e);
                }
            }, task -> {
                Thread thread = new Thread(task, "cbd-files-notifications");
                thread.setDaemon(true);
                thread.start();
            });
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                written = copyOut(connection, cbdQuery, CBD_COLUMNS, cbd.stream());
            } catch (SQLException | IOException | RuntimeException e) {
                try {
                    other.join();
                } catch (CompletionException alsoFailed) {
                    e.addSuppressed(alsoFailed.getCause());
                }
                throw e;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            try {
                other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            cbd.commit();
            notifications.commit();
        }
        rejectedActsFile.write(cycle);
        contribution.incrementWriteCount(written);
        return RepeatStatus.FINISHED;
    }

    private static long copyOut(Connection connection, String query, List<String> header, OutputStream out)
            throws SQLException, IOException {
        // The header has no character that needs quoting.
        out.write((String.join(";", header) + "\n").getBytes(StandardCharsets.UTF_8));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        return copy.copyOut("copy (" + query + ") to stdout (format csv, delimiter ';')", out);
    }
}
