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

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.DeliveredFiles;
import kz.assistant.reimbursement.inbox.InputValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Money from the MIOs (п.15): reads the {@code inbox/<M>/mio-transfers*.csv} files not read before,
 * one file per call, each in its own transaction with its registration in input_file, so a file is
 * taken whole and once. A payment order already known by (MIO, number, date) is an exception, not a
 * second transfer; so is every row that cannot be taken, with its line and reason.
 */
public class MioTransfersTasklet implements Tasklet {

    static final String KIND = "mio-transfers";
    public static final List<String> COLUMNS = List.of("mio_bin", "payment_order_number", "payment_order_date", "amount");

    private static final Logger log = LoggerFactory.getLogger(MioTransfersTasklet.class);

    private record Transfer(String mioBin, String number, LocalDate date, BigDecimal amount, long line) {
        String key() {
            return mioBin + "|" + number + "|" + date;
        }
    }

    private final YearMonth cycle;
    private final Path inbox;
    private final DeliveredFiles deliveredFiles;
    private final JdbcTemplate jdbc;
    /** The run's business date: no payment order is dated after it (BusinessDate). */
    private final LocalDate businessDate;

    public MioTransfersTasklet(YearMonth cycle, LocalDate businessDate, Path inbox, DeliveredFiles deliveredFiles, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.businessDate = businessDate;
        this.inbox = inbox;
        this.deliveredFiles = deliveredFiles;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<DeliveredFiles.Delivered> unread = deliveredFiles.unread(KIND, inbox, "mio-transfers*.csv");
        if (unread.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        DeliveredFiles.Delivered file = unread.get(0);
        long fileId = deliveredFiles.register(KIND, cycle, file, businessDate);
        Set<String> mios = new HashSet<>(jdbc.queryForList("select mio_bin from mio", String.class));
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select mio_bin || '|' || payment_order_number || '|' || payment_order_date from mio_transfer", String.class));
        List<Transfer> taken = new ArrayList<>();
        int read = 0;
        int refused = 0;
        try (CsvInputFile csv = CsvInputFile.open(file.path(), COLUMNS)) {
            for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
                read++;
                CsvRecord current = row;
                Optional<String> problem = problemOf(current, mios).or(() -> impossibleDate(current));
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
                deliveredFiles.exception(fileId, row.line(), codeAndReason[0], codeAndReason[1], String.join(";", row.values()));
                refused++;
            }
        }
        jdbc.batchUpdate("""
                insert into mio_transfer (mio_bin, payment_order_number, payment_order_date, amount, cycle_month, input_file_id, line)
                values (?, ?, ?, ?, ?, ?, ?)
                """, taken, taken.size() + 1, (ps, t) -> {
            ps.setString(1, t.mioBin());
            ps.setString(2, t.number());
            ps.setDate(3, Date.valueOf(t.date()));
            ps.setBigDecimal(4, t.amount());
            ps.setString(5, cycle.toString());
            ps.setLong(6, fileId);
            ps.setLong(7, t.line());
        });
        deliveredFiles.finish(fileId, read, taken.size(), refused);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(taken.size());
        log.info("{}: {} rows, {} payment orders taken, {} refused", file.path().getFileName(), read, taken.size(), refused);
        return unread.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
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
