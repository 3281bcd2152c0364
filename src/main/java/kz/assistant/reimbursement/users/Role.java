package kz.assistant.reimbursement.users;

import java.util.Locale;

/**
 * What a console user may do (issue 17): an officer uploads inbox files, runs and resumes jobs and
 * sees the trace unmasked; an accountant views and downloads the outbox; an auditor views and reads
 * the audit trail.
 */
public enum Role {
    OFFICER, ACCOUNTANT, AUDITOR;

    /** "officer", "accountant" or "auditor", as typed after {@code --role}. */
    public static Role parse(String word) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(word)) {
                return role;
            }
        }
        throw new IllegalArgumentException("not a role");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
