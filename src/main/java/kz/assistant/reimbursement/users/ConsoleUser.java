package kz.assistant.reimbursement.users;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who logs in to the console: a name, a password hash (never the password) and a role. */
@Entity
@Table(name = "console_user")
public class ConsoleUser {

    /** Failed logins in a row that lock the user (issue 17). */
    static final int FAILED_LOGINS_TO_LOCK = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected ConsoleUser() {
    }

    public ConsoleUser(String name, String passwordHash, Role role) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void disable() {
        enabled = false;
    }

    void changePassword(String hash, Role newRole) {
        passwordHash = hash;
        role = newRole;
        failedLogins = 0;
        lockedUntil = null;
        enabled = true;
    }

    /** Counts a failed login; the fifth in a row locks the user until {@code lockFor} from now. @return whether it locked. */
    boolean failedLogin(Instant now, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= FAILED_LOGINS_TO_LOCK) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void loggedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
