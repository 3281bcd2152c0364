package kz.assistant.reimbursement.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Text as the database sends it, UTF-8 bytes ({@code ResultSet.getBytes} of a text column over
 * pgjdbc, whose client encoding is always UTF-8), for a TEXT column of a {@link FormSpreadsheet}: the
 * form writes the bytes into the sheet as they are, escaped, instead of decoding them into a String
 * and encoding it back, a large part of writing a list (docs/performance.md). The bytes must be
 * well-formed UTF-8; PostgreSQL accepts no other text into a UTF-8 database.
 */
public record Utf8Text(byte[] bytes) {

    /** {@code null} for {@code null}, as a blank cell. */
    public static Utf8Text of(byte[] bytes) {
        return bytes == null ? null : new Utf8Text(bytes);
    }

    /**
     * A text column of the current row: pgjdbc gives a text value's bytes as they came, in the
     * connection's UTF-8 (a bytea column would be decoded instead: not for these).
     */
    public static Utf8Text column(ResultSet rs, int column) throws SQLException {
        return of(rs.getBytes(column));
    }

    /** The length in UTF-16 units, as String.length() would give: a four-byte sequence is two. */
    int length() {
        int length = 0;
        for (byte b : bytes) {
            // Every byte but a continuation byte (10xxxxxx) starts a character.
            if ((b & 0xC0) != 0x80) {
                length += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return length;
    }

    boolean contains(char ascii) {
        for (byte b : bytes) {
            if (b == ascii) {
                return true;
            }
        }
        return false;
    }

    String decoded() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
