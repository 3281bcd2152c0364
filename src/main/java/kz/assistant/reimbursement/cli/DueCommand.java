package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Collectors;

import kz.assistant.reimbursement.reference.WorkingDays;
import kz.assistant.reimbursement.system.BusinessDate;
import kz.assistant.reimbursement.system.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code due <job> [--date D]}: whether cron has to run the job on day D (default today) and for
 * which cycle months, from the calendar in the database ({@link CronSchedule}). One line that starts
 * with the job's name and names the months as YYYY-MM (scripts/reimbursement-cron reads them), exit 0
 * when due, 5 when not.
 */
@Component
class DueCommand implements CommandAction {

    private final JdbcTemplate jdbc;
    private final Messages messages;

    DueCommand(JdbcTemplate jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public ExitCode execute(Command command) {
        return answer(command.job(), command.date() == null ? BusinessDate.today() : command.date());
    }

    ExitCode answer(String job, LocalDate day) {
        CronSchedule.Due due = new CronSchedule(WorkingDays.load(jdbc)).due(job, day);
        if (due.isDue()) {
            String months = due.months().stream().map(YearMonth::toString).collect(Collectors.joining(" "));
            System.out.println(messages.get("cli.due.yes", job, day.toString(), months));
            return ExitCode.COMPLETED;
        }
        System.out.println(messages.get("cli.due.no", job, day.toString(), messages.get(due.reason(), due.arguments().toArray())));
        return ExitCode.NOT_DUE;
    }
}
