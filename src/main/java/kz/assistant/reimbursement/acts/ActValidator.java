package kz.assistant.reimbursement.acts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * The checks of one act row that need nothing but the row and the reference data (domain.md,
 * "Checks on every act"). Checks across rows and cycles (repeated act or order numbers) are set-based
 * and run after the whole file is in: {@link DuplicateActsTasklet}.
 *
 * <p>The first failing check is the reason; the checks run in the order a person would fix them:
 * the row's shape, then required fields, formats, identifiers, then the rules between fields.
 */
public class ActValidator implements ItemProcessor<CsvRecord, IntakeOutcome> {

    static final int MAX_FIELD_LENGTH = 500;
    private static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(8);

    private final YearMonth cycleMonth;
    private final ReferenceData reference;

    public ActValidator(YearMonth cycleMonth, ReferenceData reference) {
        this.cycleMonth = cycleMonth;
        this.reference = reference;
    }

    @Override
    public IntakeOutcome process(CsvRecord row) {
        return check(row);
    }

    public IntakeOutcome check(CsvRecord row) {
        List<String> fields = new ArrayList<>(ActColumns.ALL.size());
        for (String column : ActColumns.ALL) {
            fields.add(row.get(column));
        }
        Rejections reject = new Rejections(row.line(), fields);
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
        Optional<LocalDate> received = InputValues.date(row.get("act_received"));
        if (received.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_DATE, "act_received", row.get("act_received"));
        }
        Optional<YearMonth> serviceMonth = InputValues.month(row.get("service_month"));
        if (serviceMonth.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_MONTH, "service_month", row.get("service_month"));
        }
        Optional<Integer> days = InputValues.integer(row.get("service_days"));
        if (days.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_NUMBER, "service_days", row.get("service_days"));
        }
        Optional<BigDecimal> hours = InputValues.decimal(row.get("hours"));
        if (hours.isEmpty()) {
            return reject.because(RejectionReason.MALFORMED_NUMBER, "hours", row.get("hours"));
        }
        for (String column : List.of("person_iin", "assistant_iin")) {
            Optional<IdentityProblem> problem = IdentityNumber.checkIin(row.get(column));
            if (problem.isPresent()) {
                return reject.because(problem.get() == IdentityProblem.BIRTH_DATE
                        ? RejectionReason.INVALID_BIRTH_DATE : RejectionReason.INVALID_IIN, column);
            }
        }
        String supplierId = row.get("supplier_id");
        Optional<IdentityProblem> supplierProblem = IdentityNumber.checkIinOrBin(supplierId);
        if (supplierProblem.isPresent()) {
            return reject.because(supplierProblem.get() == IdentityProblem.BIRTH_DATE ? RejectionReason.INVALID_BIRTH_DATE
                    : IdentityNumber.isBin(supplierId) ? RejectionReason.INVALID_BIN : RejectionReason.INVALID_IIN, "supplier_id");
        }
        String mioBin = row.get("mio_bin");
        if (IdentityNumber.checkBin(mioBin).isPresent()) {
            return reject.because(RejectionReason.INVALID_BIN, "mio_bin");
        }
        if (row.get("assistant_iin").equals(row.get("person_iin"))) {
            return reject.because(RejectionReason.ASSISTANT_IS_PERSON);
        }
        YearMonth month = serviceMonth.get();
        if (days.get() < 1 || days.get() > month.lengthOfMonth()) {
            return reject.because(RejectionReason.SERVICE_DAYS_OUT_OF_RANGE, days.get(), month.lengthOfMonth(), month);
        }
        BigDecimal h = hours.get();
        if (h.signum() <= 0) {
            return reject.because(RejectionReason.HOURS_NOT_POSITIVE, row.get("hours"));
        }
        if (h.stripTrailingZeros().scale() > 2) {
            return reject.because(RejectionReason.HOURS_TOO_PRECISE, row.get("hours"));
        }
        BigDecimal limit = MAX_HOURS_PER_DAY.multiply(BigDecimal.valueOf(days.get()));
        if (h.compareTo(limit) > 0) {
            return reject.because(RejectionReason.HOURS_ABOVE_LIMIT, row.get("hours"), days.get(), limit);
        }
        if (!month.isBefore(cycleMonth)) {
            return reject.because(RejectionReason.SERVICE_MONTH_NOT_BEFORE_CYCLE, month, cycleMonth);
        }
        if (reference.rateOf(month.getYear()).isEmpty()) {
            return reject.because(RejectionReason.NO_RATE_FOR_YEAR, month.getYear());
        }
        String iban = row.get("supplier_iban").replace(" ", "").toUpperCase();
        if (KazakhIban.check(iban).isPresent()) {
            return reject.because(RejectionReason.INVALID_IBAN);
        }
        String bankCode = KazakhIban.bankCode(iban);
        Optional<String> bic = reference.bicOf(bankCode);
        if (bic.isEmpty()) {
            return reject.because(RejectionReason.UNKNOWN_BANK, bankCode);
        }
        String givenBic = row.get("supplier_bic").toUpperCase();
        if (!bic.get().equals(givenBic)) {
            return reject.because(RejectionReason.BIC_MISMATCH, givenBic, bic.get());
        }
        if (!reference.isKnownMio(mioBin)) {
            return reject.because(RejectionReason.UNKNOWN_MIO, mioBin);
        }
        return IntakeOutcome.accept(new PsuAct(row.line(), row.get("act_number"), received.get(), month,
                row.get("order_number"), row.get("decision_number"), row.get("oblast"), row.get("region"), mioBin,
                row.get("person_iin"), row.get("person_name"), supplierId, row.get("supplier_name"),
                row.get("assistant_iin"), row.get("assistant_name"), days.get(), h.setScale(2), iban, givenBic));
    }

    private record Rejections(long line, List<String> fields) {
        IntakeOutcome because(RejectionReason reason, Object... arguments) {
            // A 10 MB field is kept as its beginning: enough to find it, not enough to choke a report.
            List<String> kept = fields.stream()
                    .map(f -> f.length() > MAX_FIELD_LENGTH ? f.substring(0, MAX_FIELD_LENGTH) + "…" : f).toList();
            return IntakeOutcome.reject(new ActRejection(line, reason, reason.message(arguments), kept));
        }
    }
}
