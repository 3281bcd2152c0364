package kz.assistant.reimbursement.cli;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.CycleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes one job for one cycle month, the way cron and finance officers need it: the cycle
 * month is the only identifying parameter (no incrementer), so a second {@code run} of a failed month
 * resumes the same instance, a completed month is refused, and an execution left STARTED by a killed
 * JVM is recovered (marked failed) and restarted. The advisory lock makes sure no other run of the
 * same job and month is under way before anything is recovered.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** What came of a run: the exit code and the line to print. */
    public record Outcome(ExitCode exitCode, String message, JobExecution execution) {
    }

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final RunAudit audit;
    private final Map<String, JobSummary> summaries;
    private final JobPrerequisites prerequisites;

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource,
                     RunAudit audit, List<JobSummary> summaries, JobPrerequisites prerequisites) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.audit = audit;
        this.summaries = summaries.stream().collect(Collectors.toMap(JobSummary::jobName, Function.identity()));
        this.prerequisites = prerequisites;
    }

    public java.util.Set<String> jobNames() {
        return jobs.keySet();
    }

    /** Someone holds the job's run lock: a run (the console's, cron's or an officer's) is under way now. */
    public boolean isRunning(String jobName, YearMonth month) {
        try {
            Optional<JobRunLock> lock = JobRunLock.tryAcquire(dataSource, jobName, month.toString());
            if (lock.isEmpty()) {
                return true;
            }
            lock.get().close();
            return false;
        } catch (SQLException e) {
            return false;
        }
    }

    public static JobParameters parametersOf(YearMonth month) {
        return new JobParametersBuilder()
                .addString(CycleParameters.MONTH_PARAMETER, month.toString(), true)
                .addString("startedBy", RunAudit.startedBy(), false)
                .toJobParameters();
    }

    /** A job that runs more than once in a cycle: the run number of the month identifies the instance too. */
    public static JobParameters parametersOf(YearMonth month, long run) {
        return new JobParametersBuilder(parametersOf(month)).addLong("run", run, true).toJobParameters();
    }

    /** The parameters with the business date, which does not identify the instance (a restart keeps its own). */
    static JobParameters withDate(JobParameters parameters, LocalDate date) {
        return new JobParametersBuilder(parameters).addLocalDate(BusinessDate.PARAMETER, date, false).toJobParameters();
    }

    /** A run that stands for today in Asia/Almaty. */
    public Outcome run(String jobName, YearMonth month, boolean restartOnly) {
        return run(jobName, month, BusinessDate.today(), restartOnly);
    }

    /** A run that stands for the business day {@code date}; a restart keeps the date of the run it resumes. */
    public Outcome run(String jobName, YearMonth month, LocalDate date, boolean restartOnly) {
        Optional<String> wrongDate = BusinessDate.refusal(month, date);
        if (wrongDate.isPresent()) {
            return new Outcome(ExitCode.USAGE, jobName + " " + month + " NOT started: " + wrongDate.get(), null);
        }
        Job job = jobs.get(jobName);
        if (job == null) {
            return new Outcome(ExitCode.USAGE, "Unknown job \"" + jobName + "\". Jobs: " + String.join(", ", jobs.keySet().stream().sorted().toList()), null);
        }
        try {
            boolean anyMonth = JobRunLock.oneMonthAtATime(jobName);
            Optional<JobRunLock> lock = JobRunLock.tryAcquire(dataSource, jobName, month.toString());
            if (lock.isEmpty()) {
                audit.record("refused", jobName, month, null, "already running");
                return new Outcome(ExitCode.ALREADY_RUNNING, (anyMonth ? jobName + " (of this or another month)" : jobName + " " + month)
                        + " is already running (started by cron or another officer); nothing was done. See: reimbursement status --month " + month, null);
            }
            try (JobRunLock held = lock.get()) {
                Optional<String> missing = prerequisites.missing(jobName, month);
                if (missing.isPresent()) {
                    audit.record("refused", jobName, month, null, "waits for " + missing.get(), date);
                    return new Outcome(ExitCode.USAGE, JobPrerequisites.refusal(jobName, month, missing.get()), null);
                }
                return runLocked(job, month, date, restartOnly);
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof SQLException || DatabaseLoss.isCause(e)) {
                return new Outcome(ExitCode.FAILED, DatabaseLoss.message(jobName, month, rootMessage(e)), null);
            }
            throw (RuntimeException) e;
        }
    }

    private Outcome runLocked(Job job, YearMonth month, LocalDate date, boolean restartOnly) {
        String name = job.getName();
        JobParameters parameters = parametersOf(month);
        JobExecution last = jobRepository.getLastJobExecution(name, parameters);
        JobSummary summary = summaries.get(name);
        java.util.Optional<String> setupProblem = summary == null ? java.util.Optional.empty() : summary.setupProblem();
        if (setupProblem.isPresent()) {
            audit.record("refused", name, month, null, "setup");
            return new Outcome(ExitCode.USAGE, name + " " + month + " cannot run: " + setupProblem.get() + "; nothing was done.", null);
        }
        if (summary != null && summary.runsAgainInTheSameCycle()) {
            // Daily jobs: run n of the month is resumed while it is unfinished; once complete, run n+1 is a new instance.
            int run = 1;
            while (jobRepository.getJobInstance(name, parametersOf(month, run + 1)) != null) {
                run++;
            }
            parameters = parametersOf(month, run);
            last = jobRepository.getLastJobExecution(name, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !restartOnly) {
                parameters = parametersOf(month, run + 1);
                last = null;
            }
        }
        try {
            JobExecution execution;
            if (last == null) {
                if (restartOnly) {
                    return new Outcome(ExitCode.USAGE, name + " " + month + " has never run: nothing to restart. Start it with: reimbursement run " + name + " --month " + month, null);
                }
                log.info("Starting {} for {} as of {} (started by {})", name, month, date, RunAudit.startedBy());
                audit.record("start", name, month, null, null, date);
                execution = jobOperator.start(job, withDate(parameters, date));
            } else if (last.getStatus() == BatchStatus.COMPLETED) {
                java.util.Optional<JobSummary.CompletedNote> note = summary == null ? java.util.Optional.empty()
                        : summary.whenAlreadyCompleted(month);
                audit.record("refused", name, month, last.getId(), "already completed" + note.map(n -> "; " + n.audit()).orElse(""));
                return new Outcome(ExitCode.ALREADY_COMPLETED, name + " " + month + " already completed on "
                        + last.getEndTime() + "; nothing was changed." + note.map(n -> " " + n.message()).orElse(""), last);
            } else {
                if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
                    // We hold the lock, so nobody runs it: the JVM that did was killed.
                    log.info("Recovering {} for {}: execution {} was left {} by a run that was killed", name, month, last.getId(), last.getStatus());
                    audit.record("recover", name, month, last.getId(), String.valueOf(last.getStatus()));
                    last = jobOperator.recover(last);
                }
                if (last.getStatus() == BatchStatus.ABANDONED) {
                    return new Outcome(ExitCode.FAILED, name + " " + month + " was abandoned and cannot be resumed.", last);
                }
                LocalDate resumed = BusinessDate.of(last.getJobParameters());
                log.info("Resuming {} for {} from execution {} ({}) as of {}, the date of the run it resumes; started by {}",
                        name, month, last.getId(), last.getStatus(), resumed, RunAudit.startedBy());
                audit.record("restart", name, month, last.getId(), null, resumed);
                execution = jobOperator.restart(last);
            }
            // A failure's officer-facing reason is kept with the audit: the repository keeps only a stack trace.
            audit.record("finish", name, month, execution.getId(), execution.getStatus() == BatchStatus.FAILED
                    ? BatchStatus.FAILED.name() + ": " + reason(execution) : execution.getStatus().name(),
                    BusinessDate.of(execution.getJobParameters()));
            return outcomeOf(execution, month);
        } catch (Exception e) {
            if (DatabaseLoss.isCause(e)) {
                log.error("{} {}: the database went away during the run: {}", name, month, rootMessage(e));
                return new Outcome(ExitCode.FAILED, DatabaseLoss.message(name, month, rootMessage(e)), last);
            }
            audit.record("error", name, month, last == null ? null : last.getId(), e.getClass().getSimpleName());
            return new Outcome(ExitCode.FAILED, name + " " + month + " could not be started: " + e.getMessage(), last);
        }
    }

    private Outcome outcomeOf(JobExecution execution, YearMonth month) {
        String name = execution.getJobInstance().getJobName();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            JobSummary summary = summaries.get(name);
            return new Outcome(ExitCode.COMPLETED, name + " " + month + " completed" + (summary == null ? "" : ": " + summary.summarize(month)), execution);
        }
        if (execution.getAllFailureExceptions().stream().anyMatch(DatabaseLoss::isCause)) {
            return new Outcome(ExitCode.FAILED, DatabaseLoss.message(name, month, failedStep(execution), reason(execution)), execution);
        }
        return new Outcome(ExitCode.FAILED, name + " " + month + " FAILED" + failedStep(execution) + ": " + reason(execution)
                + ". After fixing the cause, resume with: scripts/reimbursement restart " + name + " --month " + month, execution);
    }

    static String failedStep(JobExecution execution) {
        return lastFailedStep(execution).map(s -> " at step " + s.getStepName()).orElse("");
    }

    private static Optional<StepExecution> lastFailedStep(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStatus().isUnsuccessful()).reduce((a, b) -> b);
    }

    /**
     * The innermost message of the first failure: the one that names the file, line or cause. The
     * failed step's own failures come first: a partitioned step fails with only "Partition handler
     * returned an unsuccessful step", while its failed partition holds the cause.
     */
    static String reason(JobExecution execution) {
        List<Throwable> failures = new ArrayList<>();
        lastFailedStep(execution).ifPresent(s -> failures.addAll(s.getFailureExceptions()));
        failures.addAll(execution.getAllFailureExceptions());
        return failures.stream().findFirst().map(JobRunner::rootMessage)
                .orElseGet(() -> FailureText.reasonIn(execution.getExitStatus().getExitDescription()));
    }

    /** Our own exceptions carry the officer-facing message (file, line, what to do); else the root cause's. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("kz.assistant.reimbursement") && t.getMessage() != null) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
