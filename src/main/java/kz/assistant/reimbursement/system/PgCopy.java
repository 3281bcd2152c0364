package kz.assistant.reimbursement.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk insert with PostgreSQL's COPY, on the connection of the current transaction (so a chunk's
 * rows commit or roll back with the chunk and its ExecutionContext). COPY is the fastest load path:
 * several times faster than batched multi-row inserts for the hundreds of thousands of acts a month.
 */
public final class PgCopy {

    private final DataSource dataSource;
    private final String copySql;

    public PgCopy(DataSource dataSource, String table, List<String> columns) {
        this.dataSource = dataSource;
        this.copySql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
    }

    public long copy(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copyIn = null;
        try {
            copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            // The rows go out as UTF-8 in blocks while they are formatted, not as one string of the
            // whole chunk that the driver would then encode again.
            Block block = new Block(copyIn);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        block.put((byte) ',');
                    }
                    block.value(row[i]);
                }
                block.put((byte) '\n');
            }
            block.flush();
            long copied = copyIn.endCopy();
            copyIn = null;
            return copied;
        } catch (PSQLException e) {
            throw new DataAccessResourceFailureException(describe(e));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(copySql + " failed: " + e.getMessage());
        } finally {
            cancel(copyIn);
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A COPY left open by a failure is cancelled, so that the connection can be used (and rolled back). */
    private static void cancel(CopyIn copyIn) {
        if (copyIn != null && copyIn.isActive()) {
            try {
                copyIn.cancelCopy();
            } catch (SQLException ignored) {
                // The failure that got us here is the one to report.
            }
        }
    }

    /**
     * Only the server's reason and constraint: a COPY error's context quotes the row, personal data
     * included, and the cause is left out for the same reason (it would be logged with its message).
     */
    private String describe(PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        if (server == null) {
            return copySql + " failed (SQLState " + e.getSQLState() + ")";
        }
        return copySql + " failed: " + server.getSQLState() + (server.getConstraint() == null ? "" : ", constraint " + server.getConstraint())
                + (server.getMessage() != null && server.getMessage().contains("\"") ? "" : ", " + server.getMessage());
    }

    /** COPY's csv format in UTF-8: unquoted empty is NULL, text quoted with its quotes doubled. */
    private static final class Block {

        private final CopyIn copyIn;
        private final byte[] buf = new byte[1 << 16];
        private int len;

        Block(CopyIn copyIn) {
            this.copyIn = copyIn;
        }

        void value(Object value) throws SQLException {
            if (value == null) {
                return;
            }
            if (value instanceof BigDecimal decimal) {
                ascii(decimal.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                ascii(value.toString());
            } else {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                put((byte) '"');
                // '"' is one byte in UTF-8 and never part of another character's bytes.
                for (byte b : text) {
                    if (b == '"') {
                        put(b);
                    }
                    put(b);
                }
                put((byte) '"');
            }
        }

        private void ascii(String text) throws SQLException {
            for (int i = 0; i < text.length(); i++) {
                put((byte) text.charAt(i));
            }
        }

        void put(byte b) throws SQLException {
            if (len == buf.length) {
                flush();
            }
            buf[len++] = b;
        }

        void flush() throws SQLException {
            if (len > 0) {
                copyIn.writeToCopy(buf, 0, len);
                len = 0;
            }
        }
    }
}
