package kz.assistant.reimbursement.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JdbcTemplate that streams large results: pgjdbc fetches rows in batches only with a fetch size
 * and inside a transaction (every step runs in one); without it a query of a million records would
 * be held in memory whole.
 */
public final class StreamingJdbc {

    public static final int FETCH_SIZE = 2_000;

    private StreamingJdbc() {
    }

    public static JdbcTemplate of(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        return streaming;
    }
}
