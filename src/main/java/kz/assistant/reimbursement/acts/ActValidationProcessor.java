package kz.assistant.reimbursement.acts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.IdentityNumber.IdentityProblem;
import kz.assistant.reimbursement.identity.KazakhIban;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.reference.ReferenceData;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The checks of one act row that need nothing but the row and the reference data (docs/rules.md,
 * "Checks on every act"). Checks across rows and cycles (repeated act or order numbers) are set-based
 * and run after the whole file is in: {@link ActVerdictTasklet}.
 *
 * <p>The first failing check is the reason; the checks run in the order a person would fix them:
 * the row's shape, then required fields, formats, identifiers, then the rules between fields.
 */
public class ActValidationProcessor implements ItemProcessor<CsvRecord, IntakeOutcome> {

    static final int MAX_FIELD_LENGTH = 500;
    private static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(8);
    private static final int ACT_NUMBER = ActColumns.ALL.indexOf("act_number");
    private static final int ACT_RECEIVED = ActColumns.ALL.indexOf("act_received");
    private static final int SERVICE_MONTH = ActColumns.ALL.indexOf("service_month");
    private static final int ORDER_NUMBER = ActColumns.ALL.indexOf("order_number");
    private static final int DECISION_NUMBER = ActColumns.ALL.indexOf("decision_number");
    private static final int OBLAST = ActColumns.ALL.indexOf("oblast");
    private static final int REGION = ActColumns.ALL.indexOf("region");
    private static final int MIO_BIN = ActColumns.ALL.indexOf("mio_bin");
    private static final int PERSON_IIN = ActColumns.ALL.indexOf("person_iin");
    private static final int PERSON_NAME = ActColumns.ALL.indexOf("person_name");
    private static final int SUPPLIER_ID = ActColumns.ALL.indexOf("supplier_id");
    private static final int SUPPLIER_NAME = ActColumns.ALL.indexOf("supplier_name");
    private static final int ASSISTANT_IIN = ActColumns.ALL.indexOf("assistant_iin");
    private static final int ASSISTANT_NAME = ActColumns.ALL.indexOf("assistant_name");
    private static final int SERVICE_DAYS = ActColumns.ALL.indexOf("service_days");
    private static final int HOURS = ActColumns.ALL.indexOf("hours");
    private static final int SUPPLIER_IBAN = ActColumns.ALL.indexOf("supplier_iban");
    private static final int SUPPLIER_BIC = ActColumns.ALL.indexOf("supplier_bic");

    /** The joint order No. 277 / No. 459/НҚ takes effect for acts from July 2024: no act is received before it. */
    public static final LocalDate ORDER_START = LocalDate.of(2024, 7, 1);

    private final YearMonth cycleMonth;
    private final LocalDate businessDate;
    private final ReferenceData reference;

    public ActValidationProcessor(YearMonth cycleMonth, LocalDate businessDate, ReferenceData reference) {
        this.cycleMonth = cycleMonth;
        this.businessDate = businessDate;
        this.reference = reference;
    }

    @Override
    public IntakeOutcome process(CsvRecord row) {
        return check(row);
    }

    public IntakeOutcome check(CsvRecord row) {
        // Each field taken (and trimmed) once, in the order of ActColumns.ALL.
        String[] v = new String[ActColumns.ALL.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.get(ActColumns.ALL.get(i));
        }
        List<String> fields = Arrays.asList(v);
        Rejections reject = new Rejections(row.line(), fields, row.get(ActColumns.SERVICE_COST));
        if (row.columnWithNul() != null) {
            return reject.because(RejectionReason.NUL_CHARACTER, row.columnWithNul());
        }
        if (!row.matchesHeaderWidth()) {
            return reject.because(RejectionReason.WRONG_FIELD_COUNT, row.values().length, row.header().size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isEmpty()) {
                return reject.because(RejectionReason.MISSING_FIELD, ActColumns.ALL.get(i));
            }
            if (fields.get(i).length() > MAX_FIELD_LENGTH) {
                return reject.because(RejectionReason.FIELD_TOO_LONG, ActColumns.ALL.get(i));
            }
        }
        Optional<LocalDate> received = InputValues.date(v[ACT_RECEIVED]);
        if (received.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_DATE, "act_received", v[ACT_RECEIVED]);
        }
        Optional<YearMonth> serviceMonth = InputValues.month(v[SERVICE_MONTH]);
        if (serviceMonth.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_MONTH, "service_month", v[SERVICE_MONTH]);
        }
        Optional<Integer> days = InputValues.integer(v[SERVICE_DAYS]);
        if (days.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_NUMBER, "service_days", v[SERVICE_DAYS]);
        }
        Optional<BigDecimal> hours = InputValues.decimal(v[HOURS]);
        if (hours.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_NUMBER, "hours", v[HOURS]);
        }
        for (int column : new int[] {PERSON_IIN, ASSISTANT_IIN}) {
            Optional<IdentityProblem> problem = IdentityNumber.checkIin(v[column]);
            if (problem.isPresent()) {
                return reject.because(problem.get() == IdentityProblem.BIRTH_DATE
                        ? RejectionReason.INVALID_BIRTH_DATE : RejectionReason.INVALID_IIN, ActColumns.ALL.get(column));
            }
        }
        String supplierId = v[SUPPLIER_ID];
        Optional<IdentityProblem> supplierProblem = IdentityNumber.checkIinOrBin(supplierId);
        if (supplierProblem.isPresent()) {
            return reject.because(supplierProblem.get() == IdentityProblem.BIRTH_DATE ? RejectionReason.INVALID_BIRTH_DATE
                    : IdentityNumber.isBin(supplierId) ? RejectionReason.INVALID_BIN : RejectionReason.INVALID_IIN, "supplier_id");
        }
        String mioBin = v[MIO_BIN];
        if (IdentityNumber.checkBin(mioBin).isPresent()) {
            return reject.because(RejectionReason.INVALID_BIN, "mio_bin");
        }
        if (v[ASSISTANT_IIN].equals(v[PERSON_IIN])) {
            return reject.because(RejectionReason.ASSISTANT_IS_PERSON);
        }
        YearMonth month = serviceMonth.get();
        if (days.get() < 1 || days.get() > month.lengthOfMonth()) {
            return reject.because(RejectionReason.SERVICE_DAYS_OUT_OF_RANGE, days.get(), month.lengthOfMonth(), month);
        }
        BigDecimal h = hours.get();
        if (h.signum() <= 0) {
            return reject.because(RejectionReason.HOURS_NOT_POSITIVE, v[HOURS]);
        }
        if (h.stripTrailingZeros().scale() > 2) {
            return reject.because(RejectionReason.HOURS_TOO_PRECISE, v[HOURS]);
        }
        BigDecimal limit = MAX_HOURS_PER_DAY.multiply(BigDecimal.valueOf(days.get()));
        if (h.compareTo(limit) > 0) {
            return reject.because(RejectionReason.HOURS_ABOVE_LIMIT, v[HOURS], days.get(), limit);
        }
        if (!month.isBefore(cycleMonth)) {
            return reject.because(RejectionReason.SERVICE_MONTH_NOT_BEFORE_CYCLE, month, cycleMonth);
        }
        // Dates that cannot be (issue 16 п.7): an act dated 0001-01-01 would head the oldest-first funding queue.
        if (received.get().isBefore(ORDER_START)) {
            return reject.because(RejectionReason.ACT_RECEIVED_BEFORE_ORDER, received.get(), ORDER_START);
        }
        if (received.get().isBefore(month.atDay(1))) {
            return reject.because(RejectionReason.ACT_RECEIVED_BEFORE_SERVICE_MONTH, received.get(), month);
        }
        if (received.get().isAfter(businessDate)) {
            return reject.because(RejectionReason.ACT_RECEIVED_AFTER_BUSINESS_DATE, received.get(), businessDate);
        }
        if (reference.rateOf(month.getYear()).isEmpty()) {
            return reject.because(RejectionReason.NO_RATE_FOR_YEAR, month.getYear());
        }
        String iban = v[SUPPLIER_IBAN].replace(" ", "").toUpperCase();
        if (KazakhIban.check(iban).isPresent()) {
            return reject.because(RejectionReason.INVALID_IBAN);
        }
        String bankCode = KazakhIban.bankCode(iban);
        Optional<String> bic = reference.bicOf(bankCode);
        if (bic.isEmpty()) {
            return reject.because(RejectionReason.UNKNOWN_BANK, bankCode);
        }
        String givenBic = v[SUPPLIER_BIC].toUpperCase();
        if (!bic.get().equals(givenBic)) {
            return reject.because(RejectionReason.BIC_MISMATCH, givenBic, bic.get());
        }
        if (!reference.isKnownMio(mioBin)) {
            return reject.because(RejectionReason.UNKNOWN_MIO, mioBin);
        }
        if (!reference.isOblastOfMio(v[OBLAST], mioBin)) {
            // The registry carries each MIO's oblast; the districts (region) of an oblast it does not
            // list, so the region is not checked (docs/decisions.md).
            return reject.because(RejectionReason.OBLAST_NOT_OF_MIO);
        }
        String cost = row.get(ActColumns.SERVICE_COST);
        BigDecimal serviceCost = null;
        if (!cost.isEmpty()) {
            Optional<BigDecimal> parsed = InputValues.decimal(cost);
            if (parsed.isEmpty() || cost.length() > MAX_FIELD_LENGTH) {
                return reject.because(RejectionReason.SERVICE_COST_INVALID, cost.length() > MAX_FIELD_LENGTH ? "…" : cost);
            }
            if (parsed.get().signum() <= 0) {
                return reject.because(RejectionReason.SERVICE_COST_NOT_POSITIVE, cost);
            }
            if (parsed.get().stripTrailingZeros().scale() > 2) {
                return reject.because(RejectionReason.SERVICE_COST_TOO_PRECISE, cost);
            }
            serviceCost = parsed.get().setScale(2);
        }
        return IntakeOutcome.accept(new PsuAct(row.line(), v[ACT_NUMBER], received.get(), month,
                v[ORDER_NUMBER], v[DECISION_NUMBER], v[OBLAST], v[REGION], mioBin,
                v[PERSON_IIN], v[PERSON_NAME], supplierId, v[SUPPLIER_NAME],
                v[ASSISTANT_IIN], v[ASSISTANT_NAME], days.get(), h.setScale(2), iban, givenBic, serviceCost));
    }

    private record Rejections(long line, List<String> fields, String serviceCost) {
        IntakeOutcome because(RejectionReason reason, Object... arguments) {
            // A 10 MB field is kept as its beginning: enough to find it, not enough to choke a report.
            List<String> kept = fields.stream()
                    .map(f -> f.length() > MAX_FIELD_LENGTH ? f.substring(0, MAX_FIELD_LENGTH) + "…" : f).toList();
            String cost = serviceCost.length() > MAX_FIELD_LENGTH ? serviceCost.substring(0, MAX_FIELD_LENGTH) + "…" : serviceCost;
            return IntakeOutcome.reject(new ActRejection(line, reason, reason.message(arguments), kept, cost));
        }
    }
}
