package kz.assistant.reimbursement.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.DatabaseRights;
import kz.assistant.reimbursement.system.Messages;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code run <job> --month M} and {@code restart <job> --month M}: one job for one cycle month. */
@Component
class RunCommand implements CommandAction {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final JobRunner runner;
    private final ReferenceDataRepository reference;
    private final ReimbursementProperties properties;
    private final JdbcTemplate jdbc;
    private final Messages messages;

    RunCommand(JobRunner runner, ReferenceDataRepository reference, ReimbursementProperties properties, JdbcTemplate jdbc,
               Messages messages) {
        this.runner = runner;
        this.reference = reference;
        this.properties = properties;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public ExitCode execute(Command command) {
        return run(command.job(), command.month(), command.date() == null ? BusinessDate.today() : command.date(),
                command.name().equals("restart"));
    }

    /** One job as of the business day {@code date} (a restart keeps the date of the run it resumes). */
    ExitCode run(String job, YearMonth month, LocalDate date, boolean restartOnly) {
        if (reference.isEmpty()) {
            System.out.println("The reference data is not loaded (MIO registry, rates). Load it first: "
                    + "scripts/reimbursement reference import sample-data/reference");
            return ExitCode.USAGE;
        }
        List<String> grants = DatabaseRights.missing(jdbc, "reimbursement-list".equals(job));
        if (!grants.isEmpty()) {
            System.out.println(messages.get("cli.rights.missing", job, String.join("; ", grants)));
            return ExitCode.USAGE;
        }
        // The start line of the run's log: what, for which month, with which settings, and who asked.
        log.info("{} {} --month {} --date {} requested by {} ({}): home {}, chunk size {}, rejection threshold {}, database {}",
                restartOnly ? "restart" : "run", job, month, date, RunAudit.startedBy(),
                "cron".equals(RunAudit.startedBy()) ? "cron" : "officer", properties.home().toAbsolutePath().normalize(),
                properties.chunkSize(), properties.acts().rejectionThreshold(),
                System.getenv("SPRING_DATASOURCE_URL") == null ? "embedded" : "external");
        long started = System.nanoTime();
        JobRunner.Outcome outcome = runner.run(job, month, date, restartOnly);
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
}
