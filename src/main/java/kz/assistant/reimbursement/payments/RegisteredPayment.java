package kz.assistant.reimbursement.payments;

import java.math.BigDecimal;

/**
 * One payment of a register, with what the bank and the accountant need to see of its record: the
 * beneficiary's IIN/BIN and kind, and the codes of a Kazakh payment order for that kind (п.16).
 */
record RegisteredPayment(String reference, String actNumber, String serviceMonth, String supplierName, String supplierIban,
                         String bic, BigDecimal amount, int attempt, boolean fromReturnedMoney, String supplierId,
                         SupplierKind supplierKind, PaymentCodes.Codes codes) {
}
