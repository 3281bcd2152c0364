package kz.assistant.reimbursement.spreadsheet;

/**
 * How many lines a text takes in a column, roughly as Excel and LibreOffice wrap it: rows are given
 * their height when written, since Excel does not grow a row for wrapped text on opening a file.
 */
final class TextLines {

    // Column widths are in widths of the digit 0; in Times a Cyrillic letter averages about one
    // digit (checked by rendering in LibreOffice with Liberation Serif, metric twin of Times), bold a
    // little more.
    static final double LETTER_WIDTH = 1.0;
    static final double BOLD_LETTER_WIDTH = 1.1;

    private TextLines() {
    }

    /**
     * The column's width, widened so that the longest word of its heading fits on one line: a
     * heading broken inside a word ("инвалидност-ью") is what accountants notice first.
     */
    static int effectiveWidth(FormColumn column) {
        int longestWord = 0;
        for (String word : column.header().split("[\\s]+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        int needed = (int) Math.ceil(longestWord * BOLD_LETTER_WIDTH) + 1;
        return Math.min(255, Math.max(column.width(), needed));
    }

    /** As for its String; decoded only when it may not fit on one line. */
    static int of(Utf8Text text, int widthChars) {
        double capacity = Math.max(1, (widthChars - 1) / LETTER_WIDTH);
        if (!text.contains('\n') && (text.bytes().length <= capacity || text.length() <= capacity)) {
            return 1;
        }
        return of(text.decoded(), widthChars, LETTER_WIDTH);
    }

    /** Lines that {@code text} takes when word-wrapped in {@code widthChars}. */
    static int of(String text, int widthChars, double letterWidth) {
        // A cell loses about a character to its padding.
        double capacity = Math.max(1, (widthChars - 1) / letterWidth);
        if (text.length() <= capacity && text.indexOf('\n') < 0) {
            // What fits as a whole fits word by word: most cells of a list.
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphLines = 1;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length <= capacity) {
                    used += 1 + length;
                } else if (used == 0 && length <= capacity) {
                    used = length;
                } else {
                    if (used > 0) {
                        paragraphLines++;
                    }
                    // A word longer than the column is broken across lines.
                    int extra = (int) Math.ceil(length / capacity) - 1;
                    paragraphLines += Math.max(0, extra);
                    used = length - Math.max(0, extra) * capacity;
                }
            }
            lines += paragraphLines;
        }
        return Math.max(1, lines);
    }
}
