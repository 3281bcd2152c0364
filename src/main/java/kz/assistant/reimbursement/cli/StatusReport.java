package kz.assistant.reimbursement.cli;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What {@code status} shows a finance officer: per job and month the runs, their steps and counts,
 * and for a failure the step, the reason and the one command that resumes it; then the last entries
 * of the audit trail (who started, restarted or was refused). Russian or English by
 * {@code reimbursement.language}.
 *
 * <p>A run the repository still shows as running is told apart from one whose process was killed by
 * the job's advisory lock: free lock, no run under way.
 */
@Component
public class StatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int AUDIT_LINES = 6;

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "ru", Map.ofEntries(
                    Map.entry("nothing", "Запусков нет."),
                    Map.entry("run", "запуск"),
                    Map.entry("by", "запустил"),
                    Map.entry("step", "шаг"),
                    Map.entry("read", "прочитано"),
                    Map.entry("written", "записано"),
                    Map.entry("failedAt", "Ошибка на шаге"),
                    Map.entry("reason", "Причина"),
                    Map.entry("resume", "Что сделать: устраните причину и продолжите командой"),
                    Map.entry("interrupted", "Прерван: процесс был остановлен (например, kill или перезагрузка). Продолжить"),
                    Map.entry("running", "Выполняется сейчас; повторный запуск будет отклонён (код 4)."),
                    Map.entry("audit", "Журнал действий"),
                    Map.entry("start", "запуск"), Map.entry("restart", "продолжение"), Map.entry("recover", "восстановление"),
                    Map.entry("refused", "отказ"), Map.entry("finish", "окончание"), Map.entry("error", "ошибка"),
                    Map.entry("COMPLETED", "ЗАВЕРШЕНО"), Map.entry("FAILED", "ОШИБКА"), Map.entry("STARTED", "ВЫПОЛНЯЕТСЯ"),
                    Map.entry("STARTING", "ЗАПУСКАЕТСЯ"), Map.entry("STOPPED", "ОСТАНОВЛЕНО"), Map.entry("STOPPING", "ОСТАНАВЛИВАЕТСЯ"),
                    Map.entry("ABANDONED", "ОТМЕНЕНО"), Map.entry("UNKNOWN", "НЕИЗВЕСТНО"),
                    Map.entry("already running", "уже выполняется"), Map.entry("already completed", "уже завершено")),
            "en", Map.ofEntries(
                    Map.entry("nothing", "No runs."),
                    Map.entry("run", "run"),
                    Map.entry("by", "by"),
                    Map.entry("step", "step"),
                    Map.entry("read", "read"),
                    Map.entry("written", "written"),
                    Map.entry("failedAt", "Failed at step"),
                    Map.entry("reason", "Reason"),
                    Map.entry("resume", "What to do: fix the cause, then resume with"),
                    Map.entry("interrupted", "Interrupted: the process was stopped (killed or a reboot). Resume with"),
                    Map.entry("running", "Running now; a second start is refused (exit code 4)."),
                    Map.entry("audit", "Audit trail")));

    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final List<MonthStatusSection> sections;

    public StatusReport(JobRepository jobRepository, DataSource dataSource, JdbcTemplate jdbc, List<MonthStatusSection> sections) {
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.sections = sections;
    }

    public String render(Collection<String> jobNames, YearMonth month, String language) {
        Map<String, String> words = WORDS.getOrDefault(language, WORDS.get("en"));
        StringBuilder out = new StringBuilder();
        for (String job : jobNames.stream().sorted().toList()) {
            List<JobInstance> instances = new ArrayList<>(jobRepository.findJobInstances(job));
            instances.sort(Comparator.comparing(JobInstance::getInstanceId));
            for (JobInstance instance : instances) {
                List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(instance));
                if (executions.isEmpty()) {
                    continue;
                }
                executions.sort(Comparator.comparing(JobExecution::getId));
                String instanceMonth = executions.get(0).getJobParameters().getString("month");
                if (month != null && !month.toString().equals(instanceMonth)) {
                    continue;
                }
                renderInstance(out, words, job, instanceMonth, executions);
            }
        }
        if (out.isEmpty()) {
            out.append(words.get("nothing")).append('\n');
        }
        if (month != null) {
            sections.forEach(section -> out.append(section.render(month, language)));
        }
        renderAudit(out, words, month);
        return out.toString();
    }

    private void renderInstance(StringBuilder out, Map<String, String> words, String job, String instanceMonth,
                                List<JobExecution> executions) {
        JobExecution last = executions.get(executions.size() - 1);
        boolean runningNow = last.getStatus().isRunning() && isLocked(job, instanceMonth);
        out.append(job).append(' ').append(instanceMonth).append(": ").append(word(words, last.getStatus().name())).append('\n');
        for (JobExecution e : executions) {
            out.append("  ").append(words.get("run")).append(' ').append(e.getId()).append("  ")
                    .append(word(words, e.getStatus().name())).append("  ").append(time(e.getStartTime()))
                    .append(" .. ").append(time(e.getEndTime())).append(duration(e.getStartTime(), e.getEndTime()))
                    .append("  ").append(words.get("by")).append(": ").append(e.getJobParameters().getString("startedBy")).append('\n');
            List<StepExecution> steps = new ArrayList<>(e.getStepExecutions());
            steps.sort(Comparator.comparing(StepExecution::getId));
            for (StepExecution s : steps) {
                out.append("    ").append(words.get("step")).append(' ').append(String.format("%-40s ", s.getStepName()))
                        .append(String.format("%-14s", word(words, s.getStatus().name())))
                        .append(words.get("read")).append(' ').append(s.getReadCount()).append(", ")
                        .append(words.get("written")).append(' ').append(s.getWriteCount())
                        .append(duration(s.getStartTime(), s.getEndTime())).append('\n');
            }
        }
        String resume = "scripts/reimbursement restart " + job + " --month " + instanceMonth;
        if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
            String step = JobRunner.failedStep(last).replace(" at step ", "");
            if (!step.isEmpty()) {
                out.append("  ").append(words.get("failedAt")).append(": ").append(step).append('\n');
            }
            out.append("  ").append(words.get("reason")).append(": ").append(reasonOf(last)).append('\n');
            out.append("  ").append(words.get("resume")).append(":\n    ").append(resume).append('\n');
        } else if (runningNow) {
            out.append("  ").append(words.get("running")).append('\n');
        } else if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
            out.append("  ").append(words.get("interrupted")).append(":\n    ").append(resume).append('\n');
        }
    }

    private void renderAudit(StringBuilder out, Map<String, String> words, YearMonth month) {
        List<String> lines = new ArrayList<>();
        try {
            // The runs of jobs only: logins, uploads and users are the console's audit page's.
            jdbc.query("select at, action, job_name, cycle_month, started_by, outcome from run_audit where job_name is not null"
                    + (month == null ? "" : " and cycle_month = ?") + " order by id desc limit " + AUDIT_LINES, rs -> {
                OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                String outcome = rs.getString(6);
                if (outcome != null && outcome.contains(": ")) {
                    outcome = outcome.substring(0, outcome.indexOf(": ")); // the reason is shown above
                }
                lines.add("  " + TIME.format(at.atZoneSameInstant(java.time.ZoneId.systemDefault())) + "  "
                        + String.format("%-14s", word(words, rs.getString(2))) + " " + rs.getString(3) + " " + rs.getString(4)
                        + "  " + words.get("by") + ": " + rs.getString(5)
                        + (outcome == null ? "" : "  (" + word(words, outcome) + ")"));
            }, month == null ? new Object[0] : new Object[] {month.toString()});
        } catch (RuntimeException e) {
            return; // the audit trail is a courtesy here; the runs above are what matters
        }
        if (lines.isEmpty()) {
            return;
        }
        out.append(words.get("audit")).append(":\n");
        for (int i = lines.size() - 1; i >= 0; i--) {
            out.append(lines.get(i)).append('\n');
        }
    }

    /** The reason JobRunner recorded when the run ended, else what the repository's stack trace tells. */
    private String reasonOf(JobExecution execution) {
        try {
            List<String> recorded = jdbc.queryForList("select outcome from run_audit where job_execution_id = ? and action = 'finish' "
                    + "and outcome like 'FAILED: %' order by id desc limit 1", String.class, execution.getId());
            if (!recorded.isEmpty()) {
                return recorded.get(0).substring("FAILED: ".length());
            }
        } catch (RuntimeException e) {
            // fall back to the repository
        }
        return JobRunner.reason(execution);
    }

    /** Someone holds the job's run lock: a run is under way right now. */
    private boolean isLocked(String job, String month) {
        try {
            Optional<JobRunLock> lock = JobRunLock.tryAcquire(dataSource, job, month);
            lock.ifPresent(l -> {
                try {
                    l.close();
                } catch (SQLException e) {
                    // released with the connection anyway
                }
            });
            return lock.isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    private static String word(Map<String, String> words, String key) {
        return words.getOrDefault(key, key);
    }

    private static String time(LocalDateTime time) {
        return time == null ? "—" : TIME.format(time);
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        Duration d = Duration.between(start, end);
        return String.format("  %d.%ds", d.toSeconds(), d.toMillisPart() / 100);
    }
}
