package kz.assistant.reimbursement.acts;

/** Too much of the acts file was rejected: almost always the wrong file. Nothing is paid from it. */
public class RejectionThresholdExceededException extends RuntimeException {

    public RejectionThresholdExceededException(String message) {
        super(message);
    }
}
