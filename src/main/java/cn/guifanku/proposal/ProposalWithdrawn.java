package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 撤回: the proposer withdrew the proposal; the draft is kept, marked by a tag. */
public record ProposalWithdrawn(UUID id, String proposalId, String actor, Instant at, String reason) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.WITHDRAWN;
    }

    @Override
    public String detail() {
        return reason == null || reason.isBlank() ? null : reason;
    }
}
