package kz.assistant.reimbursement.acts;

import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.RecordBoundaries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The parts a cycle's acts file is read in (act_file_part): each a range of whole records with the
 * count of records taken from it, which commits with those records.
 */
@Repository
public class ActFileParts {

    /** One part: its range of the file, the file's encoding, and how many records are in already. */
    public record Part(int index, Charset charset, RecordBoundaries.Range range, long recordsTaken) {
    }

    private static final RowMapper<Part> PART = (rs, i) -> new Part(rs.getInt("part"), Charset.forName(rs.getString("charset")),
            new RecordBoundaries.Range(rs.getLong("from_byte"), rs.getLong("to_byte"), rs.getLong("first_line")),
            rs.getLong("records_taken"));

    private final JdbcTemplate jdbc;

    public ActFileParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(YearMonth cycle, Charset charset, List<RecordBoundaries.Range> ranges) {
        jdbc.update("delete from act_file_part where cycle_month = ?", cycle.toString());
        for (int i = 0; i < ranges.size(); i++) {
            RecordBoundaries.Range r = ranges.get(i);
            jdbc.update("insert into act_file_part (cycle_month, part, charset, from_byte, to_byte, first_line) values (?, ?, ?, ?, ?, ?)",
                    cycle.toString(), i, charset.name(), r.from(), r.to(), r.firstLine());
        }
    }

    public List<Part> of(YearMonth cycle) {
        return jdbc.query("select * from act_file_part where cycle_month = ? order by part", PART, cycle.toString());
    }

    public Optional<Part> part(YearMonth cycle, int index) {
        return jdbc.query("select * from act_file_part where cycle_month = ? and part = ?", PART, cycle.toString(), index)
                .stream().findFirst();
    }

    /** In the transaction of the chunk that wrote those records. */
    public void taken(YearMonth cycle, int index, long records) {
        jdbc.update("update act_file_part set records_taken = records_taken + ? where cycle_month = ? and part = ?",
                records, cycle.toString(), index);
    }
}
