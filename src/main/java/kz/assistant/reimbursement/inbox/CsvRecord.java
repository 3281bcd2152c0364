package kz.assistant.reimbursement.inbox;

import java.util.Map;

/**
 * One record of an input CSV file.
 *
 * @param line   the physical line where the record starts (1 is the header)
 * @param values the fields as they came
 * @param header column name (lower case) to field index
 */
public record CsvRecord(long line, String[] values, Map<String, Integer> header) {

    /** The trimmed value of a column, or "" when the record is too short to have it. */
    public String get(String column) {
        Integer index = header.get(column);
        if (index == null || index >= values.length || values[index] == null) {
            return "";
        }
        return values[index].strip();
    }

    public boolean matchesHeaderWidth() {
        return values.length == header.size();
    }
}
