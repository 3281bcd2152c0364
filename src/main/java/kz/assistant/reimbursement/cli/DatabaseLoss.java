package kz.assistant.reimbursement.cli;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.YearMonth;

import org.postgresql.util.PSQLException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A run that failed because its database went away (the server stopped, crashed or was killed):
 * the officer is told that, and that a restart once it is back resumes the run; committed chunks are
 * kept. Recognised by the JDBC connection failures in the cause chain, and PostgreSQL's SQLSTATE
 * classes 08 (connection exception) and 57P (operator intervention: shutdown, crash).
 */
final class DatabaseLoss {

    private DatabaseLoss() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Not any DataAccessResourceFailureException: Spring gives that to a failed COPY or a
            // trigger's exception too, which are the data's problems, not the server's.
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof PSQLException p && p.getSQLState() != null
                    && (p.getSQLState().startsWith("08") || p.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static String message(String job, YearMonth month, String cause) {
        return message(job, month, "", cause);
    }

    /** @param atStep " at step …" or "" */
    static String message(String job, YearMonth month, String atStep, String cause) {
        return job + " " + month + " FAILED" + atStep + ": the database went away during the run (" + cause + "). What was "
                + "committed before is kept. Once the database is back (the embedded one starts again with the next "
                + "command), resume with: scripts/reimbursement restart " + job + " --month " + month;
    }
}
