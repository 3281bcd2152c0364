package kz.assistant.reimbursement.users;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's users: {@code scripts/reimbursement user add|disable|list} and the login's bookkeeping
 * (failed logins in a row lock a user for a while). Passwords are kept only as hashes of Spring
 * Security's delegating encoder, so the algorithm can change without locking anybody out.
 */
@Service
public class ConsoleUsers {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    /** Why a user could not be added: the key of the message for the person at the terminal. */
    public static class UserException extends RuntimeException {
        private final String key;

        public UserException(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final ConsoleUserRepository users;
    private final PasswordEncoder encoder;
    private final Duration lockFor;
    private final Clock clock;

    public ConsoleUsers(ConsoleUserRepository users, PasswordEncoder encoder,
                        @Value("${reimbursement.console.lockout:15m}") Duration lockFor, Optional<Clock> clock) {
        this.users = users;
        this.encoder = encoder;
        this.lockFor = lockFor;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Adds a user, or gives an existing one a new password and role and enables it again. @return whether it is new. */
    @Transactional
    public boolean add(String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserException("console.user.badName");
        }
        if (password == null || password.strip().length() < MINIMUM_PASSWORD_LENGTH) {
            throw new UserException("console.user.shortPassword");
        }
        Optional<ConsoleUser> existing = users.findByName(name);
        if (existing.isPresent()) {
            ConsoleUser user = existing.get();
            user.changePassword(encoder.encode(password), role);
            return false;
        }
        users.save(new ConsoleUser(name, encoder.encode(password), role));
        return true;
    }

    @Transactional
    public boolean disable(String name) {
        Optional<ConsoleUser> user = users.findByName(name);
        user.ifPresent(ConsoleUser::disable);
        return user.isPresent();
    }

    public List<ConsoleUser> list() {
        return users.findAllByOrderByName();
    }

    public Optional<ConsoleUser> find(String name) {
        return users.findByName(name);
    }

    /** A wrong password for a known user. @return whether this one locked the user. */
    @Transactional
    public boolean failedLogin(String name) {
        return users.findByName(name).map(user -> user.failedLogin(clock.instant(), lockFor)).orElse(false);
    }

    @Transactional
    public void loggedIn(String name) {
        users.findByName(name).ifPresent(ConsoleUser::loggedIn);
    }

    public boolean isLocked(ConsoleUser user) {
        return user.isLockedAt(clock.instant());
    }
}
