package kz.assistant.reimbursement.cli;

/**
 * A word a command takes after its name ({@code run <job>}, {@code reference import DIR}). A job is
 * checked against the jobs of the cycle before Spring starts. Shown in usage as its placeholder.
 */
public record ArgumentSpec(String placeholder, boolean job, boolean optional) {

    public static final ArgumentSpec JOB = new ArgumentSpec("<job>", true, false);

    public static ArgumentSpec of(String placeholder) {
        return new ArgumentSpec(placeholder, false, false);
    }

    public ArgumentSpec orNone() {
        return new ArgumentSpec(placeholder, job, true);
    }

    public String synopsis() {
        return optional ? "[" + placeholder + "]" : placeholder;
    }
}
