package kz.assistant.reimbursement.contributions;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileLoop;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.inbox.RefusedRows;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * п.10: CBD monitors the OPV and OSMS the MIO transferred per assistant and passes the sums back. Reads
 * the opv-osms-transfers*.csv files not read before ({@link InputFileLoop}); a row confirms the records
 * of its assistant, service month and MIO not confirmed before when its OPV and OSMS are exactly
 * their sums. Anything else goes to the exceptions with its reason and confirms nothing: an assistant
 * with no record of that month and MIO, sums that do not match, a second confirmation of records
 * already confirmed, a malformed row. Then opv-osms-exceptions.csv is rebuilt.
 */
public class OpvOsmsTransfersTasklet implements Tasklet {

    public static final String KIND = "opv-osms-transfers";
    static final List<String> COLUMNS = List.of("assistant_iin", "service_month", "mio_bin", "opv", "osms", "transferred_on");
    static final InputFileLoop.Delivery DELIVERY = new InputFileLoop.Delivery(KIND, "opv-osms-transfers*.csv", COLUMNS);

    private record Confirmation(String assistantIin, YearMonth serviceMonth, String mioBin, BigDecimal opv, BigDecimal osms,
                                LocalDate transferredOn, long line) {
        String key() {
            return assistantIin + "|" + serviceMonth + "|" + mioBin;
        }
    }

    private record Unconfirmed(BigDecimal opv, BigDecimal osms, long records, long confirmedBefore) {
    }

    private final YearMonth cycle;
    private final LocalDate businessDate;
    private final HomeFolder home;
    private final InputFileLoop loop;
    private final JdbcTemplate jdbc;

    public OpvOsmsTransfersTasklet(YearMonth cycle, LocalDate businessDate, HomeFolder home, InputFileLoop loop, JdbcTemplate jdbc) {
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
        OpvOsmsExceptionsFile.write(jdbc, home.outbox(cycle), cycle);
        return RepeatStatus.FINISHED;
    }

    private int take(long fileId, List<CsvRecord> rows, RefusedRows refused) {
        Set<String> seenInFile = new HashSet<>();
        int taken = 0;
        for (CsvRecord row : rows) {
            Optional<Confirmation> parsed = parse(row, refused);
            if (parsed.isEmpty()) {
                continue;
            }
            Confirmation c = parsed.get();
            if (!seenInFile.add(c.key())) {
                refused.refuse(row, ContributionProblem.REPEATED_IN_FILE);
                continue;
            }
            Unconfirmed open = unconfirmed(c);
            if (open.records() == 0 && open.confirmedBefore() == 0) {
                refused.refuse(row, ContributionProblem.UNKNOWN_ASSISTANT, c.serviceMonth(), c.mioBin());
            } else if (open.records() == 0) {
                refused.refuse(row, ContributionProblem.ALREADY_CONFIRMED, c.serviceMonth());
            } else if (c.opv().compareTo(open.opv()) != 0 || c.osms().compareTo(open.osms()) != 0) {
                refused.refuse(row, ContributionProblem.SUM_MISMATCH, c.opv().toPlainString(), c.osms().toPlainString(),
                        open.opv().toPlainString(), open.osms().toPlainString());
            } else {
                confirm(c, fileId);
                taken++;
            }
        }
        return taken;
    }

    private Optional<Confirmation> parse(CsvRecord row, RefusedRows refused) {
        if (row.columnWithNul() != null) {
            refused.refuse(row, ContributionProblem.NUL_CHARACTER, row.columnWithNul());
            return Optional.empty();
        }
        if (!row.matchesHeaderWidth()) {
            refused.refuse(row, ContributionProblem.COLUMN_COUNT);
            return Optional.empty();
        }
        for (String column : COLUMNS) {
            if (row.get(column).isEmpty()) {
                refused.refuse(row, ContributionProblem.MISSING_FIELD, column);
                return Optional.empty();
            }
        }
        if (IdentityNumber.checkIin(row.get("assistant_iin")).isPresent()) {
            refused.refuse(row, ContributionProblem.INVALID_IIN);
            return Optional.empty();
        }
        Optional<YearMonth> month = InputValues.month(row.get("service_month"));
        Optional<LocalDate> transferredOn = InputValues.date(row.get("transferred_on"));
        Optional<BigDecimal> opv = amount(row.get("opv"));
        Optional<BigDecimal> osms = amount(row.get("osms"));
        if (month.isEmpty()) {
            refused.refuse(row, ContributionProblem.MALFORMED, "service_month");
        } else if (transferredOn.isEmpty()) {
            refused.refuse(row, ContributionProblem.MALFORMED, "transferred_on");
        } else if (transferredOn.get().isAfter(businessDate)) {
            refused.refuse(row, ContributionProblem.TRANSFERRED_AFTER_TODAY, transferredOn.get(), businessDate);
        } else if (opv.isEmpty()) {
            refused.refuse(row, ContributionProblem.MALFORMED, "opv");
        } else if (osms.isEmpty()) {
            refused.refuse(row, ContributionProblem.MALFORMED, "osms");
        } else {
            return Optional.of(new Confirmation(row.get("assistant_iin"), month.get(), row.get("mio_bin"), opv.get(), osms.get(),
                    transferredOn.get(), row.line()));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> amount(String value) {
        return InputValues.decimal(value).filter(a -> a.signum() >= 0 && a.stripTrailingZeros().scale() <= 2);
    }

    /** The sums of the assistant's records of that month and MIO not confirmed yet, and how many were confirmed before. */
    private Unconfirmed unconfirmed(Confirmation c) {
        return jdbc.queryForObject("""
                select coalesce(sum(r.opv) filter (where k.record_id is null), 0),
                  coalesce(sum(r.osms) filter (where k.record_id is null), 0),
                  count(*) filter (where k.record_id is null), count(k.record_id)
                from reimbursement_record r left join record_contribution k on k.record_id = r.record_id
                where r.assistant_iin = ? and r.service_month = ? and r.mio_bin = ?
                """, (rs, i) -> new Unconfirmed(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)),
                c.assistantIin(), c.serviceMonth().toString(), c.mioBin());
    }

    private void confirm(Confirmation c, long fileId) {
        Long id = jdbc.queryForObject("""
                insert into contribution_transfer (assistant_iin, service_month, mio_bin, opv, osms, transferred_on, cycle_month,
                  input_file_id, line)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, c.assistantIin(), c.serviceMonth().toString(), c.mioBin(), c.opv(), c.osms(),
                Date.valueOf(c.transferredOn()), cycle.toString(), fileId, c.line());
        jdbc.update("""
                insert into record_contribution (record_id, contribution_transfer_id)
                select r.record_id, ? from reimbursement_record r
                where r.assistant_iin = ? and r.service_month = ? and r.mio_bin = ?
                  and not exists (select 1 from record_contribution k where k.record_id = r.record_id)
                """, id, c.assistantIin(), c.serviceMonth().toString(), c.mioBin());
    }

}
