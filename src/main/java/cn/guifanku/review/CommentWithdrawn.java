package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** Its author withdrew a comment during 征求意见: it is no longer disposed of, and its wording stays on record. */
public record CommentWithdrawn(UUID id, String proposalId, String actor, Instant at, long commentId, String clauseLabel)
        implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENT_WITHDRAWN;
    }

    @Override
    public String detail() {
        return "意见 #" + commentId + "，" + clauseLabel;
    }
}
