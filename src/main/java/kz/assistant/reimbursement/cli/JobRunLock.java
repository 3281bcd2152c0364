package kz.assistant.reimbursement.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One run of a job and month at a time, across processes (cron and an officer): a PostgreSQL
 * session-level advisory lock held on a connection of its own for the whole run. The lock goes with
 * the connection, so a killed JVM never leaves it behind.
 */
final class JobRunLock implements AutoCloseable {

    private final Connection connection;

    private JobRunLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * The job that forms reimbursement records runs for one month at a time: an act is reimbursed once
     * across cycles because act-verdict rejects the acts already in another cycle's records, and no
     * other cycle may form records between that check and the attach of this cycle's records (V12).
     */
    static boolean oneMonthAtATime(String jobName) {
        return "reimbursement-list".equals(jobName);
    }

    static Optional<JobRunLock> tryAcquire(DataSource dataSource, String jobName, String month) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "reimbursement:" + jobName + ":" + (oneMonthAtATime(jobName) ? "any month" : month));
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new JobRunLock(connection));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    @Override
    public void close() throws SQLException {
        // Closing returns the connection to the pool with the lock still held: unlock explicitly.
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock_all()")) {
            unlock.execute();
        } catch (SQLException e) {
            // The database went away with the run: the lock went with its session; the run's own
            // failure is what the officer needs to hear about, not this.
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // same: nothing left to release
            }
        }
    }
}
