package kz.assistant.reimbursement.exemptions;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * OOP's answer for one assistant: exempt from OPV (Social Code art. 248) and/or OSMS (OSMS law
 * art. 28) from {@code validFrom} to {@code validTo} (open-ended when null).
 */
public record Exemption(String iin, boolean opvExempt, boolean osmsExempt, String basis,
                        LocalDate validFrom, LocalDate validTo) {

    /** An exemption counts for a service month when it is in force on any day of that month. */
    public boolean coversMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        boolean startedInTime = validFrom == null || !validFrom.isAfter(last);
        boolean notEndedBefore = validTo == null || !validTo.isBefore(first);
        return startedInTime && notEndedBefore;
    }
}
