package kz.assistant.reimbursement.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rights the database user of a run needs, checked before a job starts so that a user set up
 * with too few fails at once with what to grant, not in the middle of the 14th's job with
 * "permission denied for schema public" (docs/operations.md §8):
 * <ul>
 * <li>every job reads and writes the program's tables and sequences;
 * <li>the 14th's job creates its cycle's records table in schema public, builds its indexes and
 *     attaches it to {@code reimbursement_record} (V12): PostgreSQL lets only the owner of
 *     {@code reimbursement_record} attach, so the user must own it or have the rights of the role that
 *     does (a member of it), and needs CREATE on the schema.
 * </ul>
 * Superuser and the owner of everything (the embedded server's {@code postgres}) pass at once.
 */
public final class DatabaseRights {

    private DatabaseRights() {
    }

    /** The GRANT statements that would give the current user what it lacks; empty when nothing. */
    public static List<String> missing(JdbcTemplate jdbc, boolean formsRecords) {
        List<String> missing = new ArrayList<>();
        String user = jdbc.queryForObject("select quote_ident(current_user)", String.class);
        List<String> tables = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname !~ '^reimbursement_record_[0-9]{4}_[0-9]{2}$'
                  and not (has_table_privilege(c.oid, 'SELECT') and has_table_privilege(c.oid, 'INSERT')
                           and has_table_privilege(c.oid, 'UPDATE') and has_table_privilege(c.oid, 'DELETE'))
                order by c.relname
                """, String.class);
        if (!tables.isEmpty()) {
            missing.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + String.join(", ", tables) + " TO " + user);
        }
        List<String> sequences = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'S'
                  and not (has_sequence_privilege(c.oid, 'USAGE') and has_sequence_privilege(c.oid, 'UPDATE'))
                order by c.relname
                """, String.class);
        if (!sequences.isEmpty()) {
            missing.add("GRANT USAGE, UPDATE ON SEQUENCE " + String.join(", ", sequences) + " TO " + user);
        }
        if (formsRecords) {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select has_schema_privilege('public', 'CREATE')", Boolean.class))) {
                missing.add("GRANT CREATE ON SCHEMA public TO " + user);
            }
            String owner = jdbc.queryForObject("""
                    select case when pg_has_role(c.relowner, 'USAGE') then null else quote_ident(pg_get_userbyid(c.relowner)) end
                    from pg_class c where c.oid = 'public.reimbursement_record'::regclass
                    """, String.class);
            if (owner != null) {
                // The role that owns reimbursement_record: only its owner may attach the cycle's records.
                missing.add("GRANT " + owner + " TO " + user);
            }
        }
        return missing;
    }
}
