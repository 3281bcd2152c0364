package kz.assistant.reimbursement.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The console user on whose behalf this thread works: a job the console starts runs on a thread of
 * its own, and its audit entries and its {@code startedBy} parameter must name the officer who asked,
 * not the account the server runs under.
 */
public final class Actor {

    private static final ThreadLocal<String> CONSOLE_USER = new ThreadLocal<>();

    private Actor() {
    }

    public static <T> T consoleUser(String name, Supplier<T> work) {
        String before = CONSOLE_USER.get();
        CONSOLE_USER.set(name);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CONSOLE_USER.remove();
            } else {
                CONSOLE_USER.set(before);
            }
        }
    }

    public static Optional<String> consoleUser() {
        return Optional.ofNullable(CONSOLE_USER.get());
    }
}
