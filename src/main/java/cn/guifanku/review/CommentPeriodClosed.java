package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** 征求意见 closed: by its deadline, or early by the secretariat; the editor disposes of the comments next. */
public record CommentPeriodClosed(UUID id, String proposalId, String actor, Instant at, boolean byDeadline) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENT_PERIOD_CLOSED;
    }

    @Override
    public String detail() {
        return null;
    }
}
