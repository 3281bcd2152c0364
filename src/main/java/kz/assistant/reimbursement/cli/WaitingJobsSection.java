package kz.assistant.reimbursement.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** {@code status}: which jobs of the month cannot start yet, and which jobs each waits for (п.12). */
@Component
class WaitingJobsSection implements MonthStatusSection {

    private final JobPrerequisites prerequisites;
    private final MessageSource messages;

    WaitingJobsSection(JobPrerequisites prerequisites, MessageSource messages) {
        this.prerequisites = prerequisites;
        this.messages = messages;
    }

    @Override
    public String render(YearMonth month, String language) {
        Locale locale = Locale.forLanguageTag(language);
        StringBuilder out = new StringBuilder();
        for (String job : Commands.JOBS) {
            if (prerequisites.completed(job, month)) {
                continue;
            }
            List<String> missing = JobPrerequisites.of(job).stream().filter(before -> !prerequisites.completed(before, month)).toList();
            if (!missing.isEmpty()) {
                out.append("  ").append(messages.getMessage("prerequisites.waits", new Object[] {job, String.join(", ", missing)}, locale))
                        .append('\n');
            }
        }
        return out.isEmpty() ? "" : messages.getMessage("prerequisites.title", null, locale) + "\n" + out;
    }
}
