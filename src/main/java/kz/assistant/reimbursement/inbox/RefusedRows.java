package kz.assistant.reimbursement.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one delivered file that were not taken, each with its line, a reason code for machines
 * and a reason in Russian for the officer; {@link InputFileLoop} writes them to input_exception with
 * the file, in the transaction that takes the file's other rows.
 */
public final class RefusedRows {

    /** A reason a row is not taken: its code is the name, its message the Russian text. */
    public interface Problem {
        String name();

        String message(Object... arguments);
    }

    record Refused(long line, String code, String reason, String raw) {
    }

    private final List<Refused> refused = new ArrayList<>();

    public void refuse(CsvRecord row, Problem problem, Object... arguments) {
        refuse(row, problem.name(), problem.message(arguments));
    }

    public void refuse(CsvRecord row, String code, String reason) {
        refused.add(new Refused(row.line(), code, reason, String.join(";", row.values())));
    }

    public int count() {
        return refused.size();
    }

    List<Refused> rows() {
        return refused;
    }
}
