package kz.assistant.reimbursement.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes the planner's statistics after a bulk change. Autovacuum would, but later: right after
 * a hundred thousand rows were copied in or changed state, stale statistics make PostgreSQL pick
 * nested loops over what it thinks are empty tables, and a seconds-long statement takes minutes.
 */
public final class TableStatistics {

    private TableStatistics() {
    }

    public static void refresh(JdbcTemplate jdbc, String... tables) {
        jdbc.execute("analyze " + String.join(", ", tables));
    }
}
