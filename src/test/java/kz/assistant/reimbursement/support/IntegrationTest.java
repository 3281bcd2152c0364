package kz.assistant.reimbursement.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;

import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.reference.ReferenceImporter;
import kz.assistant.reimbursement.system.HomeFolder;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the tests that run jobs: the real application context on the embedded PostgreSQL (one
 * server for the whole suite, through Spring's context cache), a home folder under target/, and
 * a clean database with the shipped reference data before every test.
 */
// No web server: the console's tests (ConsoleTest) start one of their own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "reimbursement.home=target/test-home",
        "reimbursement.embedded.durable=false",
        "reimbursement.chunk-size=50",
        // Every test file, however small, is read in parts, as a month's large file is.
        "reimbursement.acts.min-part-bytes=1",
        "reimbursement.parallelism=2",
        // A sample payer's account (п.16): the tests' own, as the demo has its own.
        "reimbursement.payments.debtor-iban=" + IntegrationTest.SAMPLE_DEBTOR_IBAN,
        "reimbursement.payments.debtor-bic=" + IntegrationTest.SAMPLE_DEBTOR_BIC})
public abstract class IntegrationTest {

    public static final Path REFERENCE = Path.of("sample-data/reference");
    public static final String SAMPLE_DEBTOR_IBAN = "KZ05070KZT0000000001";
    public static final String SAMPLE_DEBTOR_BIC = "NBRKKZKX";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JobRunner runner;

    @Autowired
    protected HomeFolder home;

    @Autowired
    protected ReferenceImporter referenceImporter;

    @BeforeEach
    void startFromAnEmptyCycle() throws IOException {
        jdbc.execute("""
                do $$ declare t text;
                begin
                  for t in select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history' loop
                    execute 'truncate table ' || quote_ident(t) || ' restart identity cascade';
                  end loop;
                  -- Each cycle's records are a table of their own (V12): a test starts without any.
                  for t in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                           where i.inhparent = 'reimbursement_record'::regclass and c.relname <> 'reimbursement_record_default' loop
                    execute 'alter table reimbursement_record detach partition ' || quote_ident(t);
                  end loop;
                  for t in select tablename from pg_tables where tablename ~ '^reimbursement_record_[0-9]{4}_[0-9]{2}$' loop
                    execute 'drop table ' || quote_ident(t);
                  end loop;
                end $$
                """);
        deleteRecursively(home.root().resolve("inbox"));
        deleteRecursively(home.root().resolve("outbox"));
        referenceImporter.importFolder(REFERENCE);
    }

    protected Path inbox(YearMonth month) throws IOException {
        return Files.createDirectories(home.inbox(month));
    }

    protected Path outbox(YearMonth month) {
        return home.outbox(month);
    }

    protected JobRunner.Outcome run(String job, YearMonth month) {
        return runner.run(job, month, false);
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    protected static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
