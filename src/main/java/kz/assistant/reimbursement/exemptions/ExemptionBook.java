package kz.assistant.reimbursement.exemptions;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The exemptions OOP gave for a cycle, in memory for the calculation (a few per cent of assistants). */
public final class ExemptionBook {

    /** Whether an assistant is exempt from OPV and OSMS for one service month. */
    public record Flags(boolean opvExempt, boolean osmsExempt) {
        static final Flags NONE = new Flags(false, false);
    }

    private final Map<String, List<Exemption>> byIin;

    public ExemptionBook(Map<String, List<Exemption>> byIin) {
        this.byIin = byIin;
    }

    public static ExemptionBook load(JdbcTemplate jdbc, YearMonth cycle) {
        Map<String, List<Exemption>> byIin = new HashMap<>();
        jdbc.query("select iin, opv_exempt, osms_exempt, basis, valid_from, valid_to from exemption where cycle_month = ?",
                rs -> {
                    Exemption e = new Exemption(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                            rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, java.time.LocalDate.class));
                    byIin.computeIfAbsent(e.iin(), k -> new java.util.ArrayList<>()).add(e);
                }, cycle.toString());
        return new ExemptionBook(byIin);
    }

    /** Exemption is decided for the assistant for the act's service month (docs/rules.md). */
    public Flags flagsFor(String assistantIin, YearMonth serviceMonth) {
        List<Exemption> exemptions = byIin.get(assistantIin);
        if (exemptions == null) {
            return Flags.NONE;
        }
        boolean opv = false;
        boolean osms = false;
        for (Exemption e : exemptions) {
            if (e.coversMonth(serviceMonth)) {
                opv |= e.opvExempt();
                osms |= e.osmsExempt();
            }
        }
        return new Flags(opv, osms);
    }
}
