package kz.assistant.reimbursement.payments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileLoop;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.inbox.RefusedRows;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Money from the MIOs (п.15): reads the {@code inbox/<M>/mio-transfers*.csv} files not read before,
 * one file per call, each in its own transaction with its registration in input_file, so a file is
 * taken whole and once. A payment order already known by (MIO, number, date) is an exception, not a
 * second transfer; so is every row that cannot be taken, with its line and reason. A transfer outside
 * its request (п.15, {@link TransferChecks}) is taken and listed with the refused rows in
 * transfer-exceptions.csv, rebuilt once the files are read.
 */
public class MioTransfersTasklet implements Tasklet {

    static final String KIND = "mio-transfers";
    public static final List<String> COLUMNS = List.of("mio_bin", "payment_order_number", "payment_order_date", "amount");
    static final InputFileLoop.Delivery DELIVERY = new InputFileLoop.Delivery(KIND, "mio-transfers*.csv", COLUMNS);

    private record Transfer(String mioBin, String number, LocalDate date, BigDecimal amount, long line) {
        String key() {
            return mioBin + "|" + number + "|" + date;
        }
    }

    private final YearMonth cycle;
    private final Path inbox;
    private final Path outbox;
    private final InputFileLoop loop;
    private final JdbcTemplate jdbc;
    /** The run's business date: no payment order is dated after it (BusinessDate). */
    private final LocalDate businessDate;

    /**
     * @param businessDate the business day of the run: the day the money read now arrived (п.16's two days
     *                     to pay, п.15's due day of the request), and no payment order is dated after it
     */
    public MioTransfersTasklet(YearMonth cycle, LocalDate businessDate, Path inbox, Path outbox, InputFileLoop loop, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.businessDate = businessDate;
        this.inbox = inbox;
        this.outbox = outbox;
        this.loop = loop;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        InputFileLoop.Read read = loop.read(DELIVERY, cycle, businessDate, inbox, 1, this::take);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(read.taken());
        if (read.moreLeft()) {
            return RepeatStatus.CONTINUABLE;
        }
        TransferExceptionsFile.write(jdbc, outbox, cycle);
        return RepeatStatus.FINISHED;
    }

    private int take(long fileId, List<CsvRecord> rows, RefusedRows refused) {
        Set<String> mios = new HashSet<>(jdbc.queryForList("select mio_bin from mio", String.class));
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select mio_bin || '|' || payment_order_number || '|' || payment_order_date from mio_transfer", String.class));
        List<Transfer> taken = new ArrayList<>();
        for (CsvRecord row : rows) {
            Optional<String> problem = problemOf(row, mios).or(() -> impossibleDate(row));
            if (problem.isEmpty()) {
                Transfer transfer = new Transfer(row.get("mio_bin"), row.get("payment_order_number"),
                        InputValues.date(row.get("payment_order_date")).orElseThrow(),
                        InputValues.decimal(row.get("amount")).orElseThrow(), row.line());
                if (known.add(transfer.key())) {
                    taken.add(transfer);
                    continue;
                }
                problem = Optional.of("PAYMENT_ORDER_REPEATED:платежное поручение с этим номером и датой этого МИО уже получено");
            }
            String[] codeAndReason = problem.get().split(":", 2);
            refused.refuse(row, codeAndReason[0], codeAndReason[1]);
        }
        jdbc.batchUpdate("""
                insert into mio_transfer (mio_bin, payment_order_number, payment_order_date, amount, cycle_month, input_file_id, line,
                  received_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, taken, taken.size() + 1, (ps, t) -> {
            ps.setString(1, t.mioBin());
            ps.setString(2, t.number());
            ps.setDate(3, Date.valueOf(t.date()));
            ps.setBigDecimal(4, t.amount());
            ps.setString(5, cycle.toString());
            ps.setLong(6, fileId);
            ps.setLong(7, t.line());
            ps.setDate(8, Date.valueOf(businessDate));
        });
        TransferChecks checks = new TransferChecks(jdbc);
        checks.save(checks.check(jdbc.query(
                "select id, mio_bin, amount, received_on from mio_transfer where input_file_id = ? order by line",
                (rs, i) -> new TransferChecks.Transfer(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class)), fileId)));
        return taken.size();
    }

    /** Issue 16 п.7: a payment order dated after the business date, or more than a year before the cycle, cannot be. */
    private Optional<String> impossibleDate(CsvRecord row) {
        LocalDate date = InputValues.date(row.get("payment_order_date")).orElseThrow();
        if (date.isAfter(businessDate)) {
            return Optional.of("PAYMENT_ORDER_DATE_AFTER_BUSINESS_DATE:дата платежного поручения " + date
                    + " позже даты операционного дня " + businessDate);
        }
        if (date.isBefore(cycle.atDay(1).minusYears(1))) {
            return Optional.of("PAYMENT_ORDER_DATE_TOO_OLD:дата платежного поручения " + date + " более чем на год раньше месяца на выплату " + cycle);
        }
        return Optional.empty();
    }

    private static Optional<String> problemOf(CsvRecord row, Set<String> mios) {
        if (row.columnWithNul() != null) {
            return Optional.of("NUL_CHARACTER:строка повреждена: в поле " + row.columnWithNul() + " нулевой символ (NUL)");
        }
        if (!row.matchesHeaderWidth()) {
            return Optional.of("COLUMN_COUNT:число полей строки не совпадает с заголовком");
        }
        if (!mios.contains(row.get("mio_bin"))) {
            return Optional.of("MIO_UNKNOWN:БИН МИО отсутствует в реестре МИО");
        }
        if (row.get("payment_order_number").isEmpty()) {
            return Optional.of("PAYMENT_ORDER_NUMBER_MISSING:не указан номер платежного поручения");
        }
        if (InputValues.date(row.get("payment_order_date")).isEmpty()) {
            return Optional.of("PAYMENT_ORDER_DATE_INVALID:дата платежного поручения не является датой (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)");
        }
        Optional<BigDecimal> amount = InputValues.decimal(row.get("amount"));
        if (amount.isEmpty() || amount.get().signum() <= 0 || amount.get().stripTrailingZeros().scale() > 2) {
            return Optional.of("AMOUNT_INVALID:сумма должна быть положительным числом не более чем с двумя знаками после запятой");
        }
        return Optional.empty();
    }
}
