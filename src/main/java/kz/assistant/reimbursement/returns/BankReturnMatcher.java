package kz.assistant.reimbursement.returns;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a bank's return is taken (п.17). A return is taken only when it names a payment
 * still SENT, for exactly its amount, through the same bank (and the same account when the bank gives
 * it); anything else goes to the exceptions and changes no payment and no record, so a wrong or
 * repeated file can never return money twice. One matcher per file: it remembers the references the
 * file has already named.
 */
final class BankReturnMatcher {

    /** Empty when taken, else the problem and its message arguments. */
    record Verdict(ReturnProblem problem, Object[] arguments) {
        static final Verdict TAKEN = new Verdict(null, new Object[0]);

        boolean taken() {
            return problem == null;
        }
    }

    private final Map<String, Long> seenInFile = new HashMap<>();

    Verdict match(BankReturnLine line, Optional<SentPayment> found) {
        Long earlier = seenInFile.putIfAbsent(line.paymentReference(), line.line());
        if (earlier != null) {
            return refused(ReturnProblem.REPEATED_IN_FILE, line.paymentReference(), earlier);
        }
        if (found.isEmpty()) {
            return refused(ReturnProblem.UNMATCHED_PAYMENT, line.paymentReference());
        }
        SentPayment payment = found.get();
        if ("RETURNED".equals(payment.state())) {
            return refused(ReturnProblem.ALREADY_RETURNED, line.paymentReference(), payment.returnedAt());
        }
        if (!"SENT".equals(payment.state())) {
            return refused(ReturnProblem.ALREADY_PAID, line.paymentReference());
        }
        if (line.amount().compareTo(payment.amount()) != 0) {
            return refused(ReturnProblem.AMOUNT_MISMATCH, line.amount().toPlainString(), payment.amount().toPlainString());
        }
        if (!line.bic().isEmpty() && !line.bic().equals(payment.bic())) {
            return refused(ReturnProblem.BIC_MISMATCH, line.bic(), "БИК платежа " + payment.bic());
        }
        if (!line.supplierIban().isEmpty() && !line.supplierIban().equals(payment.supplierIban())) {
            return refused(ReturnProblem.IBAN_MISMATCH);
        }
        return Verdict.TAKEN;
    }

    private static Verdict refused(ReturnProblem problem, Object... arguments) {
        return new Verdict(problem, arguments);
    }
}
