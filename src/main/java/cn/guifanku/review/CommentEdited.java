package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** Its author changed a comment during 征求意见 (the earlier wording is kept with the comment). */
public record CommentEdited(UUID id, String proposalId, String actor, Instant at, long commentId, String clauseLabel)
        implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENT_EDITED;
    }

    @Override
    public String detail() {
        return "意见 #" + commentId + "，" + clauseLabel;
    }
}
