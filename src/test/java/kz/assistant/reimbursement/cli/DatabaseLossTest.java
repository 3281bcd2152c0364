package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;

class DatabaseLossTest {

    @Test
    void serverGoneIsALostDatabase() {
        assertThat(DatabaseLoss.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseLoss.isCause(new SQLTransientConnectionException("Connection is not available"))).isTrue();
        assertThat(DatabaseLoss.isCause(new PSQLException("terminating connection", PSQLState.CONNECTION_FAILURE))).isTrue();
    }

    @Test
    void aStatementThatFailsOnItsDataIsNot() {
        PSQLException raised = new PSQLException("disk full (injected)", PSQLState.UNKNOWN_STATE);
        assertThat(DatabaseLoss.isCause(new DataAccessResourceFailureException("copy failed", raised))).isFalse();
    }
}
