package kz.assistant.reimbursement.returns;

import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.inbox.CsvRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of one delivered file that were not taken, written to input_exception in one batch. */
final class InputRows {

    private record Refused(long line, ReturnProblem problem, String reason, String raw) {
    }

    private final List<Refused> refused = new ArrayList<>();

    void refuse(CsvRecord row, ReturnProblem problem, Object... arguments) {
        refused.add(new Refused(row.line(), problem, problem.message(arguments), String.join(";", row.values())));
    }

    int count() {
        return refused.size();
    }

    void save(JdbcTemplate jdbc, long fileId) {
        jdbc.batchUpdate("insert into input_exception (input_file_id, line, reason_code, reason, raw) values (?, ?, ?, ?, ?)",
                refused.stream().map(r -> new Object[]{fileId, r.line(), r.problem().name(), r.reason(), r.raw()}).toList());
    }
}
