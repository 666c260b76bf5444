package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** The comment period ends soon (the model's reminder timer). */
public record CommentReminderDue(UUID id, String proposalId, String actor, Instant at) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENT_REMINDER;
    }

    @Override
    public String detail() {
        return "征求意见即将截止";
    }
}
