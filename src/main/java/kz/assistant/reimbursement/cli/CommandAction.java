package kz.assistant.reimbursement.cli;

/**
 * What a command does, as a Spring bean (one per command or per family of commands): it prints what
 * came of it for the officer and returns the exit code. Beans are created lazily, so a command pays
 * only for the beans its action uses.
 */
public interface CommandAction {

    ExitCode execute(Command command);
}
