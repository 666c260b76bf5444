package cn.guifanku.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Requests are recorded by {@link AuditRecordingFilter} without any help from
 * controllers; a controller that knows better may {@link #describe} its request (a precise action code, the target,
 * a line of detail). Work done outside a request (timers, jobs) is recorded through {@link #record}.
 */
@Service
public class AuditTrail {

    /** Request attribute holding a controller's {@link Description} of what its request did. */
    static final String DESCRIPTION = AuditTrail.class.getName() + ".description";

    private final AuditRepository repository;
    private final Clock clock;

    AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What a request did, in the controller's words; any part may be null to keep what the filter derives. */
    public record Description(String action, String targetKind, String targetId, String details) {
    }

    /** Tells the audit trail what the current request does, e.g. {@code admin.user.deactivate} on user member1. */
    public static void describe(HttpServletRequest request, String action, String targetKind, String targetId,
                                String details) {
        request.setAttribute(DESCRIPTION, new Description(action, targetKind, targetId, details));
    }

    /** Records something done outside an HTTP request, such as a timer closing a comment period. */
    public void record(String actor, String action, String targetKind, String targetId, String outcome,
                       String details) {
        append(new AuditEntry(null, now(), actor, action, targetKind, targetId, null, null, null, outcome, details));
    }

    /** Appends in the caller's transaction when there is one, so that work rolled back leaves no entry. */
    @Transactional(propagation = Propagation.SUPPORTS)
    void append(AuditEntry entry) {
        repository.insert(entry);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        return repository.find(query, offset, limit);
    }

    long count(AuditQuery query) {
        return repository.count(query);
    }
}
