package cn.guifanku.proposal;

import java.time.Instant;
import java.util.UUID;

/** 立项审查: the secretariat accepted (with a 计划号), returned or rejected a proposal. */
public record FormalCheckDecided(UUID id, String proposalId, String actor, Instant at,
                                 ProposalDecisions.FormalCheck decision, String planNumber, String reason)
        implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return switch (decision) {
            case ACCEPT -> ProposalAction.FORMAL_CHECK_ACCEPT;
            case RETURN -> ProposalAction.FORMAL_CHECK_RETURN;
            case REJECT -> ProposalAction.FORMAL_CHECK_REJECT;
        };
    }

    @Override
    public String detail() {
        return decision == ProposalDecisions.FormalCheck.ACCEPT ? "计划号 " + planNumber : reason;
    }
}
