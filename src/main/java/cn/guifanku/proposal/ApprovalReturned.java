package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The chair returned the draft to drafting, with the reason. */
public record ApprovalReturned(UUID id, String proposalId, String actor, Instant at, String reason) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.APPROVAL_RETURNED;
    }

    @Override
    public String detail() {
        return reason;
    }
}
