package kz.assistant.reimbursement.deadlines;

import java.time.LocalDate;

/**
 * One line of the ledger: for one MIO, one deadline of the order — what it concerns (a payment order,
 * a returned payment; empty for the month's own steps), the day it is due on the Kazakh working-day
 * calendar (null while it counts from an event still to come), the business day it was done (null
 * if not yet) and where it stands as of the ledger's date.
 */
public record Deadline(String mioBin, String mioName, DeadlinePoint point, String subject, LocalDate due, LocalDate done,
                       DeadlineStatus status) {
}
