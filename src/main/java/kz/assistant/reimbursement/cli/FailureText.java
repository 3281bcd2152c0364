package kz.assistant.reimbursement.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason of a failure read back from the job repository, which keeps it only as a stack trace
 * (cut at 2 500 characters): our own exception's message when it is there (it names the file, the
 * line, what to do), else the first exception's message, never the trace itself.
 */
final class FailureText {

    private static final Pattern EXCEPTION_LINE = Pattern.compile(
            "^(?:Caused by: )?([\\w.$]+(?:Exception|Error|Throwable)[\\w$]*)(?:: (.*))?$");

    private FailureText() {
    }

    static String reasonIn(String description) {
        if (description == null || description.isBlank()) {
            return "—";
        }
        String first = null;
        for (String line : description.split("\\R")) {
            Matcher m = EXCEPTION_LINE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String message = m.group(2) == null ? m.group(1) : m.group(2);
            if (m.group(1).startsWith("kz.assistant.reimbursement")) {
                return message;
            }
            if (first == null) {
                first = message;
            }
        }
        if (first != null) {
            return first;
        }
        String firstLine = description.strip().split("\\R", 2)[0];
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
