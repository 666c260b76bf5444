package cn.guifanku.audit;

import cn.guifanku.content.GitPushed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One audit entry per pushed ref over Git (accepted, or refused with the reason the pusher read), instead of one per
 * HTTP request of the protocol; fetches are not recorded.
 */
@Component
class GitPushAudit {

    private final AuditTrail trail;

    GitPushAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(GitPushed push) {
        String ref = push.refName();
        String details = ref + (push.newId() == null ? "" : " " + push.newId().substring(0, 7))
                + (push.reason() == null ? "" : " " + push.reason());
        trail.append(new AuditEntry(null, trail.now(), push.actor(), push.accepted() ? "git.push" : "git.push.refused",
                ref.startsWith("refs/heads/draft/") ? "proposal" : "git",
                ref.startsWith("refs/heads/draft/") ? ref.substring("refs/heads/draft/".length()) : ref,
                push.address(), "POST", push.path(), push.accepted() ? "200" : "403",
                details.length() > 1000 ? details.substring(0, 1000) : details));
    }
}
