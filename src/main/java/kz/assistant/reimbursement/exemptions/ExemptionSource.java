package kz.assistant.reimbursement.exemptions;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Where OOP's answer on OPV/OSMS exemptions comes from: a delivered file or OOP's HTTP service.
 * Chosen by {@code reimbursement.oop.source} (file | http).
 */
public interface ExemptionSource {

    /**
     * Asks OOP about the given assistants for a cycle. The answer is complete: an IIN that has no
     * exemption in the returned list is not exempt. When OOP gives no complete answer the method
     * throws {@link ExemptionsUnavailableException}; it never guesses "not exempt".
     */
    List<Exemption> exemptionsFor(YearMonth cycleMonth, Collection<String> assistantIins);
}
