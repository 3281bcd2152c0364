package kz.assistant.reimbursement.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import kz.assistant.reimbursement.system.BusinessDate;
import org.springframework.stereotype.Component;

/**
 * {@code cycle --month M [--date D]}: every job of the month in the order of the cycle, each on its own
 * day of the order ({@link CycleSchedule}) up to the business date D (default today), stopping at the
 * first that fails or whose day is after D.
 */
@Component
class CycleCommand implements CommandAction {

    private final RunCommand run;
    private final CycleSchedule schedule;

    CycleCommand(RunCommand run, CycleSchedule schedule) {
        this.run = run;
        this.schedule = schedule;
    }

    @Override
    public ExitCode execute(Command command) {
        YearMonth month = command.month();
        LocalDate upTo = command.date() == null ? BusinessDate.today() : command.date();
        Optional<String> refused = BusinessDate.refusal(month, upTo);
        if (refused.isPresent()) {
            System.out.println("cycle " + month + " NOT started: " + refused.get());
            return ExitCode.USAGE;
        }
        LocalDate previous = null;
        for (String job : Commands.CYCLE_ORDER) {
            LocalDate day = schedule.dayOf(job, month, previous);
            if (day.isAfter(upTo)) {
                System.out.println("cycle " + month + " stops before " + job + ": its day is " + day + ", after the business date "
                        + upTo + ". Run it then: scripts/reimbursement cycle --month " + month + " --date " + day);
                return ExitCode.COMPLETED;
            }
            ExitCode code = run.run(job, month, day, false);
            if (code != ExitCode.COMPLETED && code != ExitCode.ALREADY_COMPLETED) {
                return code;
            }
            previous = day;
        }
        return ExitCode.COMPLETED;
    }
}
