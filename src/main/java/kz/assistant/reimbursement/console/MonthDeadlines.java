package kz.assistant.reimbursement.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** The month's next deadline and anything late, as the deadline ledger tells them. */
@Component
@ConditionalOnWebApplication
class MonthDeadlines {

    record Deadline(String what, LocalDate due, boolean late) {
    }

    /** Empty until the deadline ledger (the deadlines package) is there to ask. */
    List<Deadline> of(YearMonth month) {
        return List.of();
    }
}
