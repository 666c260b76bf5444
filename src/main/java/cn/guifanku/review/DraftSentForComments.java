package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** 征求意见 opened: the draft at {@code revision} is public and open for comments until {@code deadline} (a reminder goes out at {@code reminder}). */
public record DraftSentForComments(UUID id, String proposalId, String actor, Instant at, String title, String revision, Instant deadline, Instant reminder, String deadlineText) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.COMMENT_PERIOD_OPENED;
    }

    @Override
    public String detail() {
        return "征求意见截止 " + deadlineText;
    }
}
