package kz.assistant.reimbursement.exemptions;

/** OOP gave no (complete) answer: the exemptions step fails and is rerun later. */
public class ExemptionsUnavailableException extends RuntimeException {

    public ExemptionsUnavailableException(String message) {
        super(message);
    }

    public ExemptionsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
