package kz.assistant.reimbursement.payments;

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
        if (debtorIban == null || debtorIban.isBlank() || debtorBic == null || debtorBic.isBlank()) {
            throw new IllegalArgumentException("reimbursement.payments.debtor-iban and reimbursement.payments.debtor-bic must be set");
        }
    }
}
