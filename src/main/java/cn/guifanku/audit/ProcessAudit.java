package cn.guifanku.audit;

import cn.guifanku.proposal.ProposalHistory;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the review process does by itself — a timer closing a comment period or a ballot, the publication job — is
 * no HTTP request, so the recording filter never sees it. Every such step writes the proposal's history; this
 * records those written outside a request, with the process's actor ({@code system} for timers and jobs). Inside a
 * request the filter has it already. Recorded in the step's transaction: a step rolled back leaves no entry.
 */
@Component
class ProcessAudit {

    private final AuditTrail trail;

    ProcessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void recorded(ProposalHistory.Recorded event) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            return;
        }
        trail.record(event.actor(), "process." + event.action().toLowerCase(Locale.ROOT), "proposal",
                event.proposalId(), "success", event.detail());
    }
}
