package kz.assistant.reimbursement.inbox;

import java.util.Map;

/**
 * One record of an input CSV file.
 *
 * @param line   the physical line where the record starts (1 is the header)
 * @param values the fields as they came
 * @param header column name (lower case) to field index
 * @param columnWithNul the first column whose value held a NUL character (replaced by U+FFFD in
 *               {@code values}), or null: the row is damaged and is refused with this column named
 */
public record CsvRecord(long line, String[] values, Map<String, Integer> header, String columnWithNul) {

    public CsvRecord(long line, String[] values, Map<String, Integer> header) {
        this(line, values, header, null);
    }

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
