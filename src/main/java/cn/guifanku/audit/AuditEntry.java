package cn.guifanku.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail.
 *
 * @param actor      username; null for anonymous, {@code system} for the process's timers and jobs
 * @param action     a stable code: {@code proposal.vote}, {@code admin.user.deactivate}, {@code auth.login.failed}
 * @param targetKind {@code proposal}, {@code standard}, {@code user} or {@code committee}; null when none
 * @param method     the HTTP method, null for what was not an HTTP request
 * @param outcome    the HTTP status, or {@code success} / {@code refused}
 */
public record AuditEntry(Long id, OffsetDateTime at, String actor, String action, String targetKind, String targetId,
                         String remoteAddress, String method, String path, String outcome, String details) {

    /** The moment itself (pages and exports write it in the configured zone, whatever the server's). */
    public java.time.Instant instant() {
        return at.toInstant();
    }
}
