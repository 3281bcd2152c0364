package kz.assistant.reimbursement.returns;

import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.files.CsvOutputFile;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * return-notifications.csv for PSU (п.18) and the exceptions lists of the cycle, rebuilt from the
 * database on every run: each lists everything of the cycle so far, whichever day's file it came in.
 */
public class ReturnFilesTasklet implements Tasklet {

    static final List<String> NOTIFICATION_COLUMNS = List.of("act_number", "supplier_id", "supplier_name", "supplier_iban",
            "amount", "returned_on", "reason", "message", "payment_reference", "record_id");
    static final List<String> EXCEPTION_COLUMNS = List.of("file_name", "line", "reason_code", "reason", "raw");
    static final String MESSAGE = "Платёж по акту %s на сумму %s тенге возвращён банком %s: неверные банковские реквизиты "
            + "поставщика (%s). Укажите корректные реквизиты на портале социальных услуг для повторного перечисления.";

    private final YearMonth cycle;
    private final HomeFolder home;
    private final JdbcTemplate jdbc;

    public ReturnFilesTasklet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long notifications = CsvOutputFile.write(home.outbox(cycle).resolve("return-notifications.csv"), NOTIFICATION_COLUMNS,
                rows -> jdbc.query("""
                        select r.act_number, r.supplier_id, r.supplier_name, p.supplier_iban, b.amount, b.returned_on, b.reason,
                          b.payment_reference, r.record_id
                        from bank_return b join payment p on p.payment_reference = b.payment_reference
                          join reimbursement_record r on r.record_id = b.record_id
                        where b.cycle_month = ? order by b.returned_on, b.input_file_id, b.line
                        """, rs -> {
                    String amount = rs.getBigDecimal("amount").toPlainString();
                    String returnedOn = rs.getString("returned_on");
                    rows.row(rs.getString("act_number"), rs.getString("supplier_id"), rs.getString("supplier_name"),
                            rs.getString("supplier_iban"), rs.getBigDecimal("amount"), returnedOn, rs.getString("reason"),
                            String.format(MESSAGE, rs.getString("act_number"), amount, returnedOn, rs.getString("reason")),
                            rs.getString("payment_reference"), rs.getLong("record_id"));
                }, cycle.toString()));
        writeExceptions(BankReturnsTasklet.KIND, "bank-return-exceptions.csv");
        writeExceptions(SupplierRequisitesTasklet.KIND, "psu-requisites-exceptions.csv");
        contribution.incrementWriteCount(notifications);
        return RepeatStatus.FINISHED;
    }

    private void writeExceptions(String kind, String fileName) throws Exception {
        CsvOutputFile.writeForPeople(home.outbox(cycle).resolve(fileName), EXCEPTION_COLUMNS, rows -> jdbc.query("""
                select f.file_name, e.line, e.reason_code, e.reason, e.raw
                from input_exception e join input_file f on f.id = e.input_file_id
                where f.kind = ? and f.cycle_month = ? order by f.id, e.line
                """, rs -> {
            rows.row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));
        }, kind, cycle.toString()));
    }
}
