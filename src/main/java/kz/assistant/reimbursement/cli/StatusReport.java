package kz.assistant.reimbursement.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code status} shows a finance officer: per job and month the runs, their steps and counts,
 * and for a failure the reason and the one command that resumes it. Russian or English by
 * {@code reimbursement.language}.
 */
@Component
public class StatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "ru", Map.ofEntries(
                    Map.entry("nothing", "Запусков нет."),
                    Map.entry("run", "запуск"),
                    Map.entry("step", "шаг"),
                    Map.entry("read", "прочитано"),
                    Map.entry("written", "записано"),
                    Map.entry("filtered", "отфильтровано"),
                    Map.entry("reason", "Причина"),
                    Map.entry("resume", "Чтобы продолжить"),
                    Map.entry("interrupted", "Прерван (процесс остановлен); чтобы продолжить"),
                    Map.entry("COMPLETED", "ЗАВЕРШЕНО"), Map.entry("FAILED", "ОШИБКА"), Map.entry("STARTED", "ВЫПОЛНЯЕТСЯ"),
                    Map.entry("STARTING", "ЗАПУСКАЕТСЯ"), Map.entry("STOPPED", "ОСТАНОВЛЕНО"), Map.entry("STOPPING", "ОСТАНАВЛИВАЕТСЯ"),
                    Map.entry("ABANDONED", "ОТМЕНЕНО"), Map.entry("UNKNOWN", "НЕИЗВЕСТНО")),
            "en", Map.ofEntries(
                    Map.entry("nothing", "No runs."),
                    Map.entry("run", "run"),
                    Map.entry("step", "step"),
                    Map.entry("read", "read"),
                    Map.entry("written", "written"),
                    Map.entry("filtered", "filtered"),
                    Map.entry("reason", "Reason"),
                    Map.entry("resume", "To resume"),
                    Map.entry("interrupted", "Interrupted (process stopped); to resume")));

    private final JobRepository jobRepository;

    public StatusReport(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
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
                JobExecution last = executions.get(executions.size() - 1);
                out.append(job).append(' ').append(instanceMonth).append(": ").append(word(words, last.getStatus().name())).append('\n');
                for (JobExecution e : executions) {
                    out.append("  ").append(words.get("run")).append(' ').append(e.getId()).append("  ")
                            .append(word(words, e.getStatus().name())).append("  ").append(time(e.getStartTime()))
                            .append(" .. ").append(time(e.getEndTime())).append(duration(e.getStartTime(), e.getEndTime()))
                            .append("  (").append(e.getJobParameters().getString("startedBy")).append(")\n");
                    List<StepExecution> steps = new ArrayList<>(e.getStepExecutions());
                    steps.sort(Comparator.comparing(StepExecution::getId));
                    for (StepExecution s : steps) {
                        out.append("    ").append(words.get("step")).append(' ').append(String.format("%-28s", s.getStepName()))
                                .append(String.format("%-14s", word(words, s.getStatus().name())))
                                .append(words.get("read")).append(' ').append(s.getReadCount()).append(", ")
                                .append(words.get("written")).append(' ').append(s.getWriteCount())
                                .append(duration(s.getStartTime(), s.getEndTime())).append('\n');
                    }
                }
                if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                    out.append("  ").append(words.get("reason")).append(": ").append(JobRunner.reason(last)).append('\n');
                    out.append("  ").append(words.get("resume")).append(": scripts/reimbursement restart ").append(job)
                            .append(" --month ").append(instanceMonth).append('\n');
                } else if (last.getStatus().isRunning()) {
                    out.append("  ").append(words.get("interrupted")).append(" (if no run is under way): scripts/reimbursement restart ")
                            .append(job).append(" --month ").append(instanceMonth).append('\n');
                }
            }
        }
        return out.isEmpty() ? words.get("nothing") + "\n" : out.toString();
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
