package kz.assistant.reimbursement.deadlines;

import java.time.LocalDate;

/** Where a deadline stands as of a business date. */
public enum DeadlineStatus {
    /** Done by its day. */
    MET,
    /** Done, after its day. */
    LATE,
    /** Not done, its day not passed (or not known yet: it counts from an event still to come). */
    OPEN,
    /** Not done, its day passed. */
    OVERDUE;

    static DeadlineStatus of(LocalDate due, LocalDate done, LocalDate asOf) {
        if (done != null) {
            return due == null || !done.isAfter(due) ? MET : LATE;
        }
        return due == null || !asOf.isAfter(due) ? OPEN : OVERDUE;
    }

    public boolean isLateOrOverdue() {
        return this == LATE || this == OVERDUE;
    }
}
