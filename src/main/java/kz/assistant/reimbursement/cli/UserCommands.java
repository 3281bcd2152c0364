package kz.assistant.reimbursement.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import kz.assistant.reimbursement.audit.AuditEntry;
import kz.assistant.reimbursement.audit.AuditTrail;
import kz.assistant.reimbursement.users.ConsoleUser;
import kz.assistant.reimbursement.users.ConsoleUsers;
import kz.assistant.reimbursement.users.Role;
import kz.assistant.reimbursement.system.Messages;
import org.springframework.stereotype.Component;

/**
 * {@code user add NAME --role officer|accountant|auditor} (the password from standard input, never
 * from the command line, where {@code ps} and the shell's history would show it), {@code user
 * disable NAME}, {@code user list}. Each change goes to the audit trail under the login of who made it.
 */
@Component
public class UserCommands implements CommandAction {

    public static final String ROLE = "--role";

    private final ConsoleUsers users;
    private final AuditTrail audit;
    private final Messages messages;

    public UserCommands(ConsoleUsers users, AuditTrail audit, Messages messages) {
        this.users = users;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public ExitCode execute(Command command) {
        return switch (command.name()) {
            case "user add" -> add(command.argument(0), command.text(ROLE), readPassword());
            case "user disable" -> disable(command.argument(0));
            case "user list" -> list();
            default -> throw new IllegalStateException(command.name());
        };
    }

    ExitCode add(String name, String roleWord, String password) {
        Role role;
        try {
            role = Role.parse(roleWord);
        } catch (IllegalArgumentException e) {
            System.out.println(messages.get("console.user.role", roleWord));
            return ExitCode.USAGE;
        }
        try {
            boolean added = users.add(name, role, password);
            audit.record(RunAudit.startedBy(), AuditEntry.COMMAND_LINE, added ? "user-add" : "user-reset", null, null, null,
                    name + " " + role.word());
            System.out.println(messages.get(added ? "console.user.added" : "console.user.reset", name, role.word()));
            return ExitCode.COMPLETED;
        } catch (ConsoleUsers.UserException e) {
            System.out.println(messages.get("console.user.notAdded", messages.get(e.key(), ConsoleUsers.MINIMUM_PASSWORD_LENGTH)));
            return ExitCode.USAGE;
        }
    }

    ExitCode disable(String name) {
        if (!users.disable(name)) {
            System.out.println(messages.get("console.user.none", name));
            return ExitCode.USAGE;
        }
        audit.record(RunAudit.startedBy(), AuditEntry.COMMAND_LINE, "user-disable", null, null, null, name);
        System.out.println(messages.get("console.user.disabled", name));
        return ExitCode.COMPLETED;
    }

    ExitCode list() {
        Instant now = Instant.now();
        if (users.list().isEmpty()) {
            System.out.println(messages.get("console.user.noUsers"));
        }
        for (ConsoleUser user : users.list()) {
            String state = !user.isEnabled() ? messages.get("console.user.state.disabled")
                    : user.isLockedAt(now) ? messages.get("console.user.state.locked", user.getLockedUntil().toString())
                    : messages.get("console.user.state.active");
            System.out.printf("%-24s %-11s %s%n", user.getName(), user.getRole().word(), state);
        }
        return ExitCode.COMPLETED;
    }

    /** Without echo at a terminal; else the first line of standard input (scripts: printf '%s\n' "$pw" | ...). */
    private String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", messages.get("console.user.password", ConsoleUsers.MINIMUM_PASSWORD_LENGTH));
            return typed == null ? null : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
