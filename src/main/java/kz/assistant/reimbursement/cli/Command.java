package kz.assistant.reimbursement.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed command line of {@code scripts/reimbursement}:
 * <pre>
 * run &lt;job&gt; --month YYYY-MM       start, or resume a failed/interrupted run
 * restart &lt;job&gt; --month YYYY-MM   resume a failed/interrupted run (also one whose JVM was killed)
 * cycle --month YYYY-MM             every job of the month in order
 * status [--month YYYY-MM]          runs, steps, counts; for a failure the reason and the command to rerun
 * reference import DIR              load mio.csv, authorized-organizations.csv, rates.csv, calendar.csv
 * </pre>
 */
public record Command(Verb verb, String job, YearMonth month, Path directory) {

    public enum Verb { RUN, RESTART, CYCLE, STATUS, REFERENCE_IMPORT }

    public static final String USAGE = """
            Usage:
              reimbursement run <job> --month YYYY-MM       start the job for a cycle month (resumes a failed run)
              reimbursement restart <job> --month YYYY-MM   resume a failed or interrupted run
              reimbursement cycle --month YYYY-MM           run the month's jobs in order
              reimbursement status [--month YYYY-MM]        what ran, what failed and how to resume it
              reimbursement reference import DIR            load the reference data (mio, banks, rates, calendar)
            Exit codes: 0 completed, 1 failed, 2 wrong command or setup, 3 already completed, 4 already running.""";

    /** The command line could not be understood; the message says why. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static Command parse(String[] args) {
        List<String> words = new ArrayList<>();
        YearMonth month = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--month") || arg.startsWith("--month=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : (i + 1 < args.length ? args[++i] : "");
                month = month(value);
            } else if (arg.startsWith("--")) {
                throw new UsageException("Unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("No command given");
        }
        return switch (words.get(0)) {
            case "run", "restart" -> {
                if (words.size() != 2 || month == null) {
                    throw new UsageException(words.get(0) + " needs a job and --month YYYY-MM");
                }
                yield new Command(words.get(0).equals("run") ? Verb.RUN : Verb.RESTART, words.get(1), month, null);
            }
            case "cycle" -> {
                if (words.size() != 1 || month == null) {
                    throw new UsageException("cycle needs --month YYYY-MM");
                }
                yield new Command(Verb.CYCLE, null, month, null);
            }
            case "status" -> new Command(Verb.STATUS, words.size() > 1 ? words.get(1) : null, month, null);
            case "reference" -> {
                if (words.size() != 3 || !words.get(1).equals("import")) {
                    throw new UsageException("reference import needs the folder: reference import DIR");
                }
                yield new Command(Verb.REFERENCE_IMPORT, null, null, Path.of(words.get(2)));
            }
            default -> throw new UsageException("Unknown command " + words.get(0));
        };
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--month takes a cycle month as YYYY-MM, not \"" + value + "\"");
        }
    }
}
