package kz.assistant.reimbursement.cli;

import java.time.YearMonth;

/** The one-line summary a job's run ends with (read, accepted, rejected, amounts), from the database. */
public interface JobSummary {

    String jobName();

    String summarize(YearMonth month);

    /**
     * A job that cron starts every day of the cycle (payment-orders): each completed run of the month is
     * followed by a new one instead of being refused as already completed.
     */
    default boolean runsAgainInTheSameCycle() {
        return false;
    }

    /** What the officer and the audit are told besides "already completed" when a completed month is run again. */
    record CompletedNote(String message, String audit) {
    }

    /** A note for a refused run of a completed month (e.g. its input file delivered again with other content). */
    default java.util.Optional<CompletedNote> whenAlreadyCompleted(YearMonth month) {
        return java.util.Optional.empty();
    }

    /** Why the job cannot start at all with this setup (exit 2), if it cannot: e.g. a payer's account not configured. */
    default java.util.Optional<String> setupProblem() {
        return java.util.Optional.empty();
    }
}
