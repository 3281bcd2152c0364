package kz.assistant.reimbursement.console;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import kz.assistant.reimbursement.audit.Actor;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Runs the jobs an officer starts in the console on threads of the console's JVM, through the same
 * {@link JobRunner} as the command line: the same advisory lock (so a console run and a cron run
 * never overlap), the same refusal of a completed month, the same restart and the same audit, under
 * the officer's name. The request only submits: closing the browser does not stop the run.
 */
@Service
@ConditionalOnWebApplication
class ConsoleJobs implements DisposableBean {

    /** A run asked for in the console, and what came of it once it ended. */
    record Submitted(String job, YearMonth month, String user, Instant at, Future<JobRunner.Outcome> outcome) {

        Optional<JobRunner.Outcome> finished() {
            if (!outcome.isDone()) {
                return Optional.empty();
            }
            try {
                return Optional.of(outcome.get());
            } catch (Exception e) {
                return Optional.of(new JobRunner.Outcome(ExitCode.FAILED, job + " " + month + ": " + e.getClass().getSimpleName(), null));
            }
        }
    }

    private final JobRunner runner;
    private final ExecutorService executor;
    private final Map<String, Submitted> latest = new ConcurrentHashMap<>();

    ConsoleJobs(JobRunner runner) {
        this.runner = runner;
        AtomicInteger n = new AtomicInteger();
        // Two threads: one job may run while a second start is tried and refused by the lock at once.
        this.executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "console-job-" + n.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        });
    }

    Submitted start(String job, YearMonth month, boolean restartOnly, String user) {
        Future<JobRunner.Outcome> outcome = executor.submit(() -> Actor.consoleUser(user, () -> runner.run(job, month, restartOnly)));
        Submitted submitted = new Submitted(job, month, user, Instant.now(), outcome);
        latest.put(key(job, month), submitted);
        return submitted;
    }

    Optional<Submitted> latest(String job, YearMonth month) {
        return Optional.ofNullable(latest.get(key(job, month)));
    }

    private static String key(String job, YearMonth month) {
        return job + " " + month;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
