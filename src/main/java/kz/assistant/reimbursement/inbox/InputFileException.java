package kz.assistant.reimbursement.inbox;

import java.nio.file.Path;

/**
 * An input file that cannot be read at all (missing, empty, binary, wrong columns, broken quoting).
 * The message names the file and, where there is one, the line, for the officer who has to fix it.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(Path file, long line, String problem) {
        super(describe(file, line) + ": " + problem);
    }

    public InputFileException(Path file, long line, String problem, Throwable cause) {
        super(describe(file, line) + ": " + problem, cause);
    }

    private static String describe(Path file, long line) {
        String name = file.getParent() == null ? file.toString()
                : file.getParent().getFileName() + "/" + file.getFileName();
        return line > 0 ? name + ", line " + line : name;
    }
}
