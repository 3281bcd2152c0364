package kz.assistant.reimbursement.returns;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a return is checked against: a payment as payment-orders sent it, and its state now. */
record SentPayment(String paymentReference, long recordId, String bic, String supplierIban, BigDecimal amount,
                   String state, LocalDate returnedAt) {
}
