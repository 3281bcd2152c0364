package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.assistant.reimbursement.records.RecordPartition;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.system.DatabaseRights;
import kz.assistant.reimbursement.system.EmbeddedPostgresServer;
import kz.assistant.reimbursement.system.Messages;
import kz.assistant.reimbursement.system.ReimbursementProperties;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database user with fewer rights than the program's, as an akimat's administrator may set one up
 * on an external PostgreSQL (issue 14, point 10), tried on the embedded server: a data-only user is
 * refused before the 14th's job starts, with what to grant; a user with the documented rights forms
 * and attaches a cycle's records.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRightsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String DATA_ONLY = "reimbursement_data_only";
    private static final String RUNTIME = "reimbursement_runtime";

    @Autowired
    EmbeddedPostgresServer server;

    @AfterEach
    void dropTheRoles() {
        for (String role : new String[] {DATA_ONLY, RUNTIME}) {
            jdbc.execute("do $$ begin if exists (select 1 from pg_roles where rolname = '" + role + "') then "
                    + "execute 'drop owned by " + role + " cascade'; execute 'drop role " + role + "'; end if; end $$");
        }
    }

    @Test
    void aDataOnlyUserIsToldWhatItLacksForThe14thAndCouldNotCreateTheCyclesRecordsTable() {
        JdbcTemplate dataOnly = as(DATA_ONLY);

        assertThat(DatabaseRights.missing(dataOnly, false)).as("enough for the jobs that only read and write rows").isEmpty();
        assertThat(DatabaseRights.missing(dataOnly, true)).containsExactly(
                "GRANT CREATE ON SCHEMA public TO " + DATA_ONLY, "GRANT postgres TO " + DATA_ONLY);
        assertThatThrownBy(() -> new RecordPartition(dataOnly).prepare(MARCH)).rootCause()
                .hasMessageContaining("permission denied for schema public");
    }

    @Autowired
    ReferenceDataRepository reference;

    @Autowired
    ReimbursementProperties properties;

    @Autowired
    Messages messages;

    @Test
    void theRunIsRefusedBeforeItStartsWithTheGrantsToGive(CapturedOutput output) {
        RunCommand run = new RunCommand(runner, reference, properties, as(DATA_ONLY), messages);

        ExitCode code = run.run("reimbursement-list", MARCH, LocalDate.of(2026, 3, 14), false);

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(output.getOut()).contains("reimbursement-list").contains("GRANT CREATE ON SCHEMA public TO " + DATA_ONLY)
                .contains("GRANT postgres TO " + DATA_ONLY).contains("docs/operations.md");
        assertThat(count("select count(*) from batch_job_execution")).isZero();
    }

    @Test
    void aMissingTableRightIsNamedAsTheGrantThatGivesIt() {
        JdbcTemplate dataOnly = as(DATA_ONLY);
        jdbc.execute("revoke delete on rejected_act from " + DATA_ONLY);

        assertThat(DatabaseRights.missing(dataOnly, false)).containsExactly(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON rejected_act TO " + DATA_ONLY);
    }

    @Test
    void aUserWithTheDocumentedRightsFormsAndAttachesTheCyclesRecords() {
        JdbcTemplate runtime = as(RUNTIME);
        // The embedded server's tables are owned by postgres; on an akimat's server, by the owner role Flyway uses.
        jdbc.execute("grant create on schema public to " + RUNTIME);
        jdbc.execute("grant postgres to " + RUNTIME);

        assertThat(DatabaseRights.missing(runtime, true)).isEmpty();
        RecordPartition partition = new RecordPartition(runtime);
        partition.prepare(MARCH);
        partition.indexAndAttach(MARCH);
        assertThat(RecordPartition.attachedCycles(jdbc)).contains(MARCH);
    }

    /** A login role with the data rights only: rows of every table, the sequences, no DDL. */
    private JdbcTemplate as(String role) {
        jdbc.execute("create role " + role + " login password 'rights-test'");
        jdbc.execute("grant usage on schema public to " + role);
        jdbc.execute("grant select, insert, update, delete on all tables in schema public to " + role);
        jdbc.execute("grant usage, update on all sequences in schema public to " + role);
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), role, "rights-test"));
    }
}
