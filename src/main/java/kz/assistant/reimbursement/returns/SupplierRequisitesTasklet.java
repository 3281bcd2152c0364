package kz.assistant.reimbursement.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.KazakhIban;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileLoop;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.inbox.RefusedRows;
import kz.assistant.reimbursement.reference.ReferenceData;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.BusinessDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the psu-requisites*.csv files not read before (п.19), checks each row as an act's bank details
 * are checked, keeps the valid ones in supplier_requisites, then requeues returned records: see
 * {@link #requeue()}. Runs after the returns of the same run, so details that arrive on the day of the
 * return already serve it.
 */
public class SupplierRequisitesTasklet implements Tasklet {

    static final String KIND = "psu-requisites";
    public static final List<String> COLUMNS = List.of("supplier_id", "supplier_iban", "supplier_bic", "changed_on");
    static final InputFileLoop.Delivery DELIVERY = new InputFileLoop.Delivery(KIND, "psu-requisites*.csv", COLUMNS);
    private static final Logger log = LoggerFactory.getLogger(SupplierRequisitesTasklet.class);

    private record Requisites(String supplierId, String iban, String bic, LocalDate changedOn, long line) {
    }

    private final YearMonth cycle;
    private final HomeFolder home;
    private final InputFileLoop loop;
    private final ReferenceData reference;
    private final JdbcTemplate jdbc;
    /** The run's business date (BusinessDate): the day of the state change. */
    private final LocalDate businessDate;

    public SupplierRequisitesTasklet(YearMonth cycle, LocalDate businessDate, HomeFolder home, InputFileLoop loop,
                                     ReferenceData reference, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.businessDate = businessDate;
        this.home = home;
        this.loop = loop;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        loop.readAll(DELIVERY, cycle, businessDate, home.inbox(cycle), (fileId, rows, refused) -> {
            List<Requisites> valid = new ArrayList<>();
            for (CsvRecord row : rows) {
                check(row, refused).ifPresent(valid::add);
            }
            jdbc.batchUpdate("""
                    insert into supplier_requisites (supplier_id, supplier_iban, supplier_bic, changed_on, input_file_id, line)
                    values (?, ?, ?, ?, ?, ?)
                    """, valid.stream().map(r -> new Object[]{r.supplierId(), r.iban(), r.bic(), Date.valueOf(r.changedOn()), fileId, r.line()}).toList());
            return valid.size();
        });
        int requeued = requeue();
        contribution.incrementWriteCount(requeued);
        log.info("{} returned records requeued with new bank details", requeued);
        return RepeatStatus.FINISHED;
    }

    private Optional<Requisites> check(CsvRecord row, RefusedRows refused) {
        if (row.columnWithNul() != null) {
            refused.refuse(row, ReturnProblem.NUL_CHARACTER, row.columnWithNul());
            return Optional.empty();
        }
        for (String required : COLUMNS) {
            if (row.get(required).isEmpty()) {
                refused.refuse(row, ReturnProblem.MISSING_FIELD, required);
                return Optional.empty();
            }
        }
        String supplierId = row.get("supplier_id");
        if (IdentityNumber.checkIinOrBin(supplierId).isPresent()) {
            refused.refuse(row, ReturnProblem.INVALID_SUPPLIER_ID);
            return Optional.empty();
        }
        String iban = row.get("supplier_iban").replace(" ", "").toUpperCase();
        if (KazakhIban.check(iban).isPresent()) {
            refused.refuse(row, ReturnProblem.INVALID_IBAN);
            return Optional.empty();
        }
        String bankCode = KazakhIban.bankCode(iban);
        Optional<String> bic = reference.bicOf(bankCode);
        if (bic.isEmpty()) {
            refused.refuse(row, ReturnProblem.UNKNOWN_BANK, bankCode);
            return Optional.empty();
        }
        String givenBic = row.get("supplier_bic").toUpperCase();
        if (!bic.get().equals(givenBic)) {
            refused.refuse(row, ReturnProblem.BIC_MISMATCH, givenBic, "банку IBAN (ожидается " + bic.get() + ")");
            return Optional.empty();
        }
        Optional<LocalDate> changedOn = InputValues.date(row.get("changed_on"));
        if (changedOn.isEmpty()) {
            refused.refuse(row, ReturnProblem.MALFORMED_DATE, "changed_on", row.get("changed_on"));
            return Optional.empty();
        }
        return Optional.of(new Requisites(supplierId, iban, givenBic, changedOn.get(), row.line()));
    }

    /**
     * п.19: a RETURNED record becomes REQUEUED, with the supplier's latest details (latest changed_on,
     * then the latest delivered), when those differ from the account its payment bounced from. The
     * same rule serves details that came before the return and after it, and details equal to the
     * bounced account never requeue a record that would only bounce again.
     *
     * <p>п.25: only the state row takes the new account (the one the next payment goes to). The
     * reimbursement record stays as it was formed and sent to CBD; each payment keeps the account it
     * was sent to, and supplier_requisites is the supplier's dated history of details.
     */
    int requeue() {
        return jdbc.update("""
                with latest as (
                  select distinct on (supplier_id) supplier_id, supplier_iban, supplier_bic
                  from supplier_requisites order by supplier_id, changed_on desc, id desc
                ), bounced as (
                  select distinct on (p.record_id) p.record_id, p.supplier_iban
                  from payment p join record_state s on s.record_id = p.record_id
                  where s.state = 'RETURNED' and p.state = 'RETURNED'
                  order by p.record_id, p.attempt desc
                )
                update record_state s
                set state = 'REQUEUED', supplier_iban = l.supplier_iban, supplier_bic = l.supplier_bic, state_changed_at = ?
                from bounced b, reimbursement_record r, latest l
                where s.record_id = b.record_id and r.record_id = b.record_id and l.supplier_id = r.supplier_id
                  and l.supplier_iban <> b.supplier_iban and s.state = 'RETURNED'
                """, BusinessDate.timestamp(businessDate));
    }
}
