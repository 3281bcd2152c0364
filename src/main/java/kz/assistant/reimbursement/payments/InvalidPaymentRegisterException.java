package kz.assistant.reimbursement.payments;

/** A payment register that the schema refuses: it is not released to the bank and the step fails. */
public class InvalidPaymentRegisterException extends RuntimeException {

    public InvalidPaymentRegisterException(String message, Throwable cause) {
        super(message, cause);
    }
}
