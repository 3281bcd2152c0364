package kz.assistant.reimbursement.identity;

/**
 * Masks personal data (п.24) for logs and messages: enough is kept to find the row again,
 * not enough to identify the person.
 */
public final class PersonalData {

    private static final String HIDDEN = "****";

    private PersonalData() {
    }

    /** {@code 850101300123} becomes {@code 8501******23}; anything too short to mask is hidden. */
    public static String maskId(String id) {
        return keepEnds(id, 4, 2);
    }

    /** {@code KZ12...3456} keeps the country, check digits and last 4 characters. */
    public static String maskIban(String iban) {
        return keepEnds(iban, 4, 4);
    }

    /** {@code Иванов Иван} becomes {@code И***** И***}: the first letter of each word is kept. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return HIDDEN;
        }
        StringBuilder masked = new StringBuilder(name.length());
        boolean inWord = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (inWord) {
                    masked.append('*');
                } else {
                    masked.appendCodePoint(cp);
                }
                inWord = true;
            } else {
                masked.appendCodePoint(cp);
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return masked.toString();
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return HIDDEN;
        }
        String trimmed = value.strip();
        // Without at least two hidden characters the "mask" would reveal (almost) the whole value.
        if (trimmed.length() < head + tail + 2) {
            return HIDDEN;
        }
        return trimmed.substring(0, head)
                + "*".repeat(trimmed.length() - head - tail)
                + trimmed.substring(trimmed.length() - tail);
    }
}
