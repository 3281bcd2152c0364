package kz.assistant.reimbursement.console;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.assistant.reimbursement.audit.AuditTrail;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.cli.JobSummary;
import kz.assistant.reimbursement.cli.Commands;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * The jobs of a cycle month in the order of the cycle, each with its state, its last run, its counts
 * and the one action that makes sense now: run (never ran, or a daily job whose run completed),
 * resume (failed, stopped or interrupted), nothing (completed, or running now).
 */
@Service
@ConditionalOnWebApplication
class MonthOverview {

    enum State { NOT_RUN, STARTING, RUNNING, COMPLETED, FAILED, INTERRUPTED, STOPPED, ABANDONED }

    enum Action { RUN, RESTART }

    record JobRow(String job, State state, MonthRuns.Run last, int runs, String summary, String reason,
                  Action action, List<MonthRuns.Step> steps, String consoleOutcome) {
    }

    record MonthState(YearMonth month, int completed, int jobs, boolean failed, boolean running) {
    }

    private final MonthRuns runs;
    private final JobRunner runner;
    private final ConsoleJobs consoleJobs;
    private final AuditTrail audit;
    private final Map<String, JobSummary> summaries;

    MonthOverview(MonthRuns runs, JobRunner runner, ConsoleJobs consoleJobs, AuditTrail audit, List<JobSummary> summaries) {
        this.runs = runs;
        this.runner = runner;
        this.consoleJobs = consoleJobs;
        this.audit = audit;
        this.summaries = summaries.stream().collect(Collectors.toMap(JobSummary::jobName, Function.identity()));
    }

    /** The cycle's jobs once each, in the order they run (payment-orders comes first where it first runs). */
    List<String> jobsInOrder() {
        return Commands.JOBS.stream().filter(runner.jobNames()::contains).toList();
    }

    boolean isJob(String job) {
        return runner.jobNames().contains(job);
    }

    List<JobRow> jobs(YearMonth month) {
        List<MonthRuns.Run> all = runs.runs(month);
        List<JobRow> rows = new ArrayList<>();
        for (String job : jobsInOrder()) {
            List<MonthRuns.Run> ofJob = all.stream().filter(r -> r.job().equals(job)).toList();
            rows.add(row(job, month, ofJob));
        }
        return rows;
    }

    private JobRow row(String job, YearMonth month, List<MonthRuns.Run> ofJob) {
        Optional<ConsoleJobs.Submitted> submitted = consoleJobs.latest(job, month);
        // A completed run's line repeats the summary below; a refusal or failure is what the officer must read.
        String consoleOutcome = submitted.flatMap(ConsoleJobs.Submitted::finished).filter(o -> o.exitCode() != ExitCode.COMPLETED)
                .map(JobRunner.Outcome::message).orElse(null);
        boolean submittedNotDone = submitted.isPresent() && submitted.get().finished().isEmpty();
        MonthRuns.Run last = ofJob.isEmpty() ? null : ofJob.get(ofJob.size() - 1);
        State state = stateOf(job, month, last, submittedNotDone);
        boolean again = summaries.containsKey(job) && summaries.get(job).runsAgainInTheSameCycle();
        Action action = switch (state) {
            case NOT_RUN -> Action.RUN;
            case FAILED, STOPPED, INTERRUPTED -> Action.RESTART;
            case COMPLETED -> again ? Action.RUN : null;
            default -> null;
        };
        String summary = null;
        String reason = null;
        if (state == State.COMPLETED && summaries.containsKey(job)) {
            summary = summaries.get(job).summarize(month);
        }
        if (state == State.FAILED || state == State.STOPPED) {
            reason = audit.finishOf(last.executionId()).map(o -> o.startsWith("FAILED: ") ? o.substring(8) : o).orElse(null);
        }
        List<MonthRuns.Step> steps = last == null ? List.of() : runs.steps(last.executionId());
        return new JobRow(job, state, last, ofJob.size(), summary, reason, action, steps, consoleOutcome);
    }

    private State stateOf(String job, YearMonth month, MonthRuns.Run last, boolean submittedNotDone) {
        if (last == null) {
            return submittedNotDone ? State.STARTING : State.NOT_RUN;
        }
        return switch (last.status()) {
            case "COMPLETED" -> submittedNotDone ? State.STARTING : State.COMPLETED;
            case "FAILED" -> submittedNotDone ? State.STARTING : State.FAILED;
            case "STOPPED" -> State.STOPPED;
            case "ABANDONED" -> State.ABANDONED;
            // STARTING, STARTED, STOPPING, UNKNOWN: running if somebody holds the job's lock, else its JVM was killed.
            default -> runner.isRunning(job, month) || submittedNotDone ? State.RUNNING : State.INTERRUPTED;
        };
    }

    List<MonthState> months() {
        List<MonthState> states = new ArrayList<>();
        int jobs = jobsInOrder().size();
        for (YearMonth month : runs.months()) {
            List<MonthRuns.Run> all = runs.runs(month);
            Map<String, MonthRuns.Run> lastOfJob = all.stream().collect(Collectors.toMap(MonthRuns.Run::job, Function.identity(), (a, b) -> b));
            int completed = (int) lastOfJob.values().stream().filter(r -> r.status().equals("COMPLETED")).count();
            boolean failed = lastOfJob.values().stream().anyMatch(r -> r.status().equals("FAILED"));
            boolean running = lastOfJob.values().stream().anyMatch(r -> r.status().startsWith("START"));
            states.add(new MonthState(month, completed, jobs, failed, running));
        }
        return states;
    }
}
