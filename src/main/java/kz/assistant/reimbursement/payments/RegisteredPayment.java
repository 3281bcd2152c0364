package kz.assistant.reimbursement.payments;

import java.math.BigDecimal;

/** One payment of a register, with what the bank and the accountant need to see of its record. */
record RegisteredPayment(String reference, String actNumber, String serviceMonth, String supplierName, String supplierIban,
                         String bic, BigDecimal amount, int attempt, boolean fromReturnedMoney) {
}
