package kz.assistant.reimbursement.reference;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The MIOs a report of a cycle is written for: one file per MIO, in BIN order. Each report says by
 * its own condition which MIOs it concerns (funded the cycle, has refunds, has payments …).
 */
public final class MioNames {

    /** An MIO as its documents name it. */
    public record MioName(String bin, String name) {
    }

    private MioNames() {
    }

    /** @param condition a SQL condition on {@code mio m}, with {@code ?} for {@code arguments} */
    public static List<MioName> where(JdbcTemplate jdbc, String condition, Object... arguments) {
        return jdbc.query("select m.mio_bin, m.name from mio m where " + condition + " order by m.mio_bin",
                (rs, i) -> new MioName(rs.getString(1), rs.getString(2)), arguments);
    }
}
