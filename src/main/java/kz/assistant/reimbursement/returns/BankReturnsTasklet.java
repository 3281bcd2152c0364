package kz.assistant.reimbursement.returns;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileLoop;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.inbox.RefusedRows;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.BusinessDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the bank-returns*.csv files of the cycle's inbox not read before (п.17). Each file, its taken
 * returns (payment and record RETURNED) and its exceptions commit in the step's one transaction, so
 * a crash leaves the file unread, never half-read. Payments are looked up once per file, not per row.
 */
public class BankReturnsTasklet implements Tasklet {

    static final String KIND = "bank-returns";
    public static final List<String> COLUMNS = List.of("payment_reference", "bic", "supplier_iban", "amount", "returned_on", "reason");
    static final InputFileLoop.Delivery DELIVERY = new InputFileLoop.Delivery(KIND, "bank-returns*.csv", COLUMNS);
    private static final String NO_REASON = "Причина не указана банком";

    private final YearMonth cycle;
    private final HomeFolder home;
    private final InputFileLoop loop;
    private final JdbcTemplate jdbc;
    /** The run's business date (BusinessDate): the day of the state change. */
    private final LocalDate businessDate;

    public BankReturnsTasklet(YearMonth cycle, LocalDate businessDate, HomeFolder home, InputFileLoop loop, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.businessDate = businessDate;
        this.home = home;
        this.loop = loop;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        InputFileLoop.Read read = loop.readAll(DELIVERY, cycle, businessDate, home.inbox(cycle), this::take);
        contribution.incrementWriteCount(read.taken());
        return RepeatStatus.FINISHED;
    }

    private int take(long fileId, List<CsvRecord> rows, RefusedRows refused) {
        List<BankReturnLine> lines = new ArrayList<>();
        Map<Long, CsvRecord> byLine = new HashMap<>();
        for (CsvRecord row : rows) {
            byLine.put(row.line(), row);
            parse(row, refused).ifPresent(lines::add);
        }
        Map<String, SentPayment> payments = paymentsOf(lines);
        BankReturnMatcher matcher = new BankReturnMatcher();
        List<BankReturnLine> taken = new ArrayList<>();
        for (BankReturnLine line : lines) {
            BankReturnMatcher.Verdict verdict = matcher.match(line, Optional.ofNullable(payments.get(line.paymentReference())));
            if (verdict.taken()) {
                taken.add(line);
            } else {
                refused.refuse(byLine.get(line.line()), verdict.problem(), verdict.arguments());
            }
        }
        take(taken, payments, fileId);
        return taken.size();
    }

    private Optional<BankReturnLine> parse(CsvRecord row, RefusedRows refused) {
        if (row.columnWithNul() != null) {
            refused.refuse(row, ReturnProblem.NUL_CHARACTER, row.columnWithNul());
            return Optional.empty();
        }
        for (String required : List.of("payment_reference", "amount", "returned_on")) {
            if (row.get(required).isEmpty()) {
                refused.refuse(row, ReturnProblem.MISSING_FIELD, required);
                return Optional.empty();
            }
        }
        Optional<BigDecimal> amount = InputValues.decimal(row.get("amount")).filter(a -> a.signum() > 0 && a.scale() <= 2);
        if (amount.isEmpty()) {
            refused.refuse(row, ReturnProblem.MALFORMED_AMOUNT, row.get("amount"));
            return Optional.empty();
        }
        Optional<LocalDate> returnedOn = InputValues.date(row.get("returned_on"));
        if (returnedOn.isEmpty()) {
            refused.refuse(row, ReturnProblem.MALFORMED_DATE, "returned_on", row.get("returned_on"));
            return Optional.empty();
        }
        // Issue 16 п.7: a return dated after the business date, or more than a year before the cycle, cannot be.
        if (returnedOn.get().isAfter(businessDate)) {
            refused.refuse(row, ReturnProblem.DATE_AFTER_BUSINESS_DATE, returnedOn.get(), "returned_on", businessDate);
            return Optional.empty();
        }
        if (returnedOn.get().isBefore(cycle.atDay(1).minusYears(1))) {
            refused.refuse(row, ReturnProblem.DATE_TOO_OLD, returnedOn.get(), "returned_on", cycle);
            return Optional.empty();
        }
        String reason = row.get("reason").isEmpty() ? NO_REASON : row.get("reason");
        return Optional.of(new BankReturnLine(row.line(), row.get("payment_reference"), row.get("bic").toUpperCase(),
                row.get("supplier_iban").replace(" ", "").toUpperCase(), amount.get(), returnedOn.get(), reason));
    }

    private Map<String, SentPayment> paymentsOf(List<BankReturnLine> lines) {
        Map<String, SentPayment> payments = new HashMap<>();
        if (lines.isEmpty()) {
            return payments;
        }
        String[] references = lines.stream().map(BankReturnLine::paymentReference).distinct().toArray(String[]::new);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select payment_reference, record_id, bic, supplier_iban, amount, state, returned_at
                    from payment where payment_reference = any (?)
                    """);
            Array array = connection.createArrayOf("varchar", references);
            statement.setArray(1, array);
            return statement;
        }, rs -> {
            payments.put(rs.getString(1), new SentPayment(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getBigDecimal(5), rs.getString(6), rs.getObject(7, LocalDate.class)));
        });
        return payments;
    }

    /** п.17: the payment and its record are RETURNED; the return is kept for the PSU notification. */
    private void take(List<BankReturnLine> taken, Map<String, SentPayment> payments, long fileId) {
        List<Object[]> returns = new ArrayList<>();
        for (BankReturnLine line : taken) {
            SentPayment payment = payments.get(line.paymentReference());
            returns.add(new Object[]{line.paymentReference(), payment.recordId(), cycle.toString(), line.amount(),
                    Date.valueOf(line.returnedOn()), line.reason(), fileId, line.line()});
        }
        jdbc.batchUpdate("""
                insert into bank_return (payment_reference, record_id, cycle_month, amount, returned_on, reason, input_file_id, line)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, returns);
        jdbc.batchUpdate("""
                update payment set state = 'RETURNED', returned_at = ?, return_reason = ?
                where payment_reference = ? and state = 'SENT'
                """, taken.stream().map(l -> new Object[]{Date.valueOf(l.returnedOn()), l.reason(), l.paymentReference()}).toList());
        jdbc.batchUpdate("""
                update record_state set state = 'RETURNED', state_changed_at = ?
                where record_id = ? and state = 'SENT'
                """, taken.stream().map(l -> new Object[]{BusinessDate.timestamp(businessDate), payments.get(l.paymentReference()).recordId()}).toList());
    }
}
