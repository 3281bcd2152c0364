package kz.assistant.reimbursement.inbox;

import java.nio.file.Path;

/**
 * An input file that cannot be read at all (missing, empty, binary, wrong columns, broken quoting).
 * The message names the file and, where there is one, the line, for the officer who has to fix it.
 */
public class InputFileException extends RuntimeException {

    private final long line;
    private final String field;
    private final String problem;

    public InputFileException(Path file, long line, String problem) {
        this(file, line, null, problem);
    }

    /** A problem with named columns (a missing or repeated one): the console shows the field beside the line. */
    public InputFileException(Path file, long line, String field, String problem) {
        super(describe(file, line) + ": " + problem);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public InputFileException(Path file, long line, String problem, Throwable cause) {
        super(describe(file, line) + ": " + problem, cause);
        this.line = line;
        this.field = null;
        this.problem = problem;
    }

    /** The line of the file (1 is the header), 0 for the file as a whole. */
    public long line() {
        return line;
    }

    /** The column concerned, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file's name and line. */
    public String problem() {
        return problem;
    }

    private static String describe(Path file, long line) {
        String name = file.getParent() == null ? file.toString()
                : file.getParent().getFileName() + "/" + file.getFileName();
        return line > 0 ? name + ", line " + line : name;
    }
}
