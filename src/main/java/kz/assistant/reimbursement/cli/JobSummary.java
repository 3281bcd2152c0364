package kz.assistant.reimbursement.cli;

import java.time.YearMonth;

/** The one-line summary a job's run ends with (read, accepted, rejected, amounts), from the database. */
public interface JobSummary {

    String jobName();

    String summarize(YearMonth month);
}
