package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** The editor disposed of a comment (采纳, 部分采纳, 不采纳). */
public record CommentDisposed(UUID id, String proposalId, String actor, Instant at, long commentId, Comment.Disposition disposition) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.DISPOSED;
    }

    @Override
    public String detail() {
        return "意见 #" + commentId + "：" + switch (disposition) { case ACCEPTED -> "采纳"; case PARTLY_ACCEPTED -> "部分采纳"; case REJECTED -> "不采纳"; };
    }
}
