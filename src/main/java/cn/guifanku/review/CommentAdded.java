package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** Someone commented on a clause of a draft in comment. */
public record CommentAdded(UUID id, String proposalId, String actor, Instant at, long commentId, String clauseLabel, String type) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENTED;
    }

    @Override
    public String detail() {
        return "意见 #" + commentId + "，" + clauseLabel + "（" + switch (type) { case "ge" -> "一般"; case "te" -> "技术"; default -> "编辑"; } + "）";
    }
}
