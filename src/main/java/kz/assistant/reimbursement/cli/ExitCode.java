package kz.assistant.reimbursement.cli;

/** Exit codes for cron and scripts. */
public enum ExitCode {
    COMPLETED(0), FAILED(1), USAGE(2), ALREADY_COMPLETED(3), ALREADY_RUNNING(4), NOT_DUE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
