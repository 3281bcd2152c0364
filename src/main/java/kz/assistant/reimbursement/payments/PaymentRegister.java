package kz.assistant.reimbursement.payments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A payment register as stored: the header of its pain.001 and of its spreadsheet. */
record PaymentRegister(long id, String cycleMonth, String bic, String bankName, int runNumber, String messageId,
                       int payments, BigDecimal total, OffsetDateTime createdAt) {

    String fileName(String extension) {
        return "payment-register_" + bic + "_" + runNumber + "." + extension;
    }
}
