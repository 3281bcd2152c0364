package kz.assistant.reimbursement.returns;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One well-formed row of bank-returns*.csv; bic and supplier_iban may be empty. */
record BankReturnLine(long line, String paymentReference, String bic, String supplierIban, BigDecimal amount,
                      LocalDate returnedOn, String reason) {
}
