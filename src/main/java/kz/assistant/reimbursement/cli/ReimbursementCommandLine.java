package kz.assistant.reimbursement.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.reference.ReferenceImporter;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Carries out the {@link Command} given to {@code scripts/reimbursement}, prints one line that says
 * what came of it, and sets the exit code. Without a command (tests) it does nothing.
 */
@Component
public class ReimbursementCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReimbursementCommandLine.class);

    /** The monthly order of the jobs: the 14th, the 15th, then the State Corporation's days. */
    public static final List<String> CYCLE_ORDER = List.of("reimbursement-list", "funding-need", "payment-orders",
            "bank-returns", "payment-orders", "return-refunds", "reconciliation-act", "bank-service-report");

    private final ObjectProvider<Command> command;
    private final JobRunner runner;
    private final StatusReport status;
    private final ReferenceImporter importer;
    private final ReferenceDataRepository reference;
    private final ReimbursementProperties properties;
    private int exitCode;

    public ReimbursementCommandLine(ObjectProvider<Command> command, JobRunner runner, StatusReport status,
                                    ReferenceImporter importer, ReferenceDataRepository reference, ReimbursementProperties properties) {
        this.command = command;
        this.runner = runner;
        this.status = status;
        this.importer = importer;
        this.reference = reference;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Command given = command.getIfAvailable();
        if (given == null) {
            return;
        }
        exitCode = execute(given).code();
    }

    public ExitCode execute(Command given) {
        switch (given.verb()) {
            case STATUS -> {
                System.out.print(status.render(runner.jobNames(), given.month(), properties.language()));
                return ExitCode.COMPLETED;
            }
            case REFERENCE_IMPORT -> {
                try {
                    ReferenceImporter.Imported imported = importer.importFolder(given.directory());
                    System.out.printf("Reference data loaded from %s: %d MIO, %d authorized organizations, %d years of rates, %d calendar days%n",
                            given.directory(), imported.mios(), imported.organizations(), imported.rates(), imported.calendarDays());
                    return ExitCode.COMPLETED;
                } catch (RuntimeException e) {
                    System.out.println("Reference data NOT loaded (nothing was changed): " + e.getMessage());
                    return ExitCode.USAGE;
                }
            }
            case RUN, RESTART -> {
                return runOne(given.job(), given.month(), given.verb() == Command.Verb.RESTART);
            }
            case CYCLE -> {
                for (String job : CYCLE_ORDER.stream().filter(runner.jobNames()::contains).toList()) {
                    ExitCode code = runOne(job, given.month(), false);
                    if (code != ExitCode.COMPLETED && code != ExitCode.ALREADY_COMPLETED) {
                        return code;
                    }
                }
                return ExitCode.COMPLETED;
            }
            default -> throw new IllegalStateException(given.verb().name());
        }
    }

    private ExitCode runOne(String job, YearMonth month, boolean restartOnly) {
        if (reference.isEmpty()) {
            System.out.println("The reference data is not loaded (MIO registry, rates). Load it first: "
                    + "scripts/reimbursement reference import sample-data/reference");
            return ExitCode.USAGE;
        }
        // The start line of the run's log: what, for which month, with which settings, and who asked.
        log.info("{} {} --month {} requested by {} ({}): home {}, chunk size {}, rejection threshold {}, database {}",
                restartOnly ? "restart" : "run", job, month, RunAudit.startedBy(),
                "cron".equals(RunAudit.startedBy()) ? "cron" : "officer", properties.home().toAbsolutePath().normalize(),
                properties.chunkSize(), properties.acts().rejectionThreshold(),
                System.getenv("SPRING_DATASOURCE_URL") == null ? "embedded" : "external");
        long started = System.nanoTime();
        JobRunner.Outcome outcome = runner.run(job, month, restartOnly);
        System.out.println(outcome.message());
        log.info("{} {}: {} s, peak heap {} MB", job, month, String.format("%.1f", (System.nanoTime() - started) / 1e9), peakHeapMegabytes());
        // The summary line goes to the log too: cron keeps the log, an officer reads the console.
        switch (outcome.exitCode()) {
            case COMPLETED -> log.info(outcome.message());
            case FAILED -> log.error(outcome.message());
            default -> log.warn(outcome.message());
        }
        return outcome.exitCode();
    }

    /** The sum of the heap pools' peaks since the JVM started: what -Xmx has to hold. */
    static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
