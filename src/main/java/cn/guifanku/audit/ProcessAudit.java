package cn.guifanku.audit;

import cn.guifanku.proposal.ProposalEvent;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the review process does by itself — a timer closing a comment period or a ballot, the publication job — is no
 * HTTP request, so the recording filter never sees it. Every such step is a {@link ProposalEvent} acted by
 * {@code system}; this records those, with the action {@code process.<action>}. A person's steps came through a
 * request, which the filter recorded already.
 *
 * <p>Delivered after the step's commit by the event publication registry, at least once: the event's id is kept
 * (table {@code audit_event_seen}, in the entry's transaction), so a second delivery records nothing.
 */
@Component
class ProcessAudit {

    private final AuditTrail trail;
    private final JdbcClient jdbc;

    ProcessAudit(AuditTrail trail, JdbcClient jdbc) {
        this.trail = trail;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ProposalEvent event) {
        if (!event.byProcess() || seen(event)) {
            return;
        }
        trail.record(event.actor(), "process." + event.action().name().toLowerCase(Locale.ROOT), "proposal",
                event.proposalId(), "success", event.detail());
    }

    private boolean seen(ProposalEvent event) {
        if (jdbc.sql("select count(*) from audit_event_seen where event_id = ?").param(event.id().toString())
                .query(Integer.class).single() > 0) {
            return true;
        }
        jdbc.sql("insert into audit_event_seen (event_id) values (?)").param(event.id().toString()).update();
        return false;
    }
}
