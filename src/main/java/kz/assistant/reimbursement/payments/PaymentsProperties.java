package kz.assistant.reimbursement.payments;

import java.util.Optional;

import kz.assistant.reimbursement.identity.KazakhIban;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The payer of every payment register ({@code reimbursement.payments.*}): the State Corporation's
 * account the MIOs fund and the suppliers are paid from.
 *
 * @param debtorName the State Corporation's name as the banks know it
 * @param debtorIban its account (KZ IBAN)
 * @param debtorBic  the BIC of the bank that holds the account
 */
@ConfigurationProperties(prefix = "reimbursement.payments")
public record PaymentsProperties(String debtorName, String debtorIban, String debtorBic) {

    public PaymentsProperties {
        if (debtorName == null || debtorName.isBlank()) {
            debtorName = "НАО \"Государственная корпорация \"Правительство для граждан\"";
        }
        debtorIban = debtorIban == null ? "" : debtorIban.replace(" ", "").toUpperCase();
        debtorBic = debtorBic == null ? "" : debtorBic.strip().toUpperCase();
    }

    /**
     * Why no payment can be made from these settings, if none can (п.16: the payer's account is the
     * State Corporation's, never a placeholder). Checked before payment-orders starts; other jobs do
     * not need the account. The account itself is not repeated in the message.
     */
    public Optional<String> problem() {
        if (debtorIban.isEmpty() || debtorBic.isEmpty()) {
            return Optional.of("the payer's account is not configured: set REIMBURSEMENT_DEBTOR_IBAN and REIMBURSEMENT_DEBTOR_BIC"
                    + " (reimbursement.payments.debtor-iban / debtor-bic) to the State Corporation's account and its bank's BIC");
        }
        if (KazakhIban.check(debtorIban).isPresent()) {
            return Optional.of("REIMBURSEMENT_DEBTOR_IBAN (reimbursement.payments.debtor-iban) is not a valid Kazakh IBAN");
        }
        if (!debtorBic.matches("[A-Z0-9]{8}([A-Z0-9]{3})?")) {
            return Optional.of("REIMBURSEMENT_DEBTOR_BIC (reimbursement.payments.debtor-bic) is not a BIC (8 or 11 letters and digits)");
        }
        return Optional.empty();
    }
}
