package cn.guifanku.ballot;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** A member voted, or changed their vote, in the open round. */
public record VoteCast(UUID id, String proposalId, String actor, Instant at, Vote.Position position, boolean changed)
        implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return changed ? ProposalAction.VOTE_CHANGED : ProposalAction.VOTED;
    }

    @Override
    public String detail() {
        return switch (position) {
            case APPROVE -> "同意";
            case DISAPPROVE -> "不同意";
            case ABSTAIN -> "弃权";
        };
    }
}
