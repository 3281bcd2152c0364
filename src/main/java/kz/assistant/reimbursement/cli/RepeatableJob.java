package kz.assistant.reimbursement.cli;

/**
 * Declares that a job may run again for a month it has completed: reports rebuilt from the database
 * (reconciliation act, bank-service report, return refunds) and daily intakes whose files are each
 * read once (bank returns). Declare one as a {@code @Bean} next to the job. {@link JobRunner} then
 * starts a new instance with the identifying parameter {@code run} = next number; the cycle month
 * stays identifying, and a failed run is still resumed, not started anew.
 */
public record RepeatableJob(String jobName) {
}
