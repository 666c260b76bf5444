package cn.guifanku.review;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** 意见处理 finished: every comment has a disposition; the resolution table is committed beside the draft. */
public record DispositionFinished(UUID id, String proposalId, String actor, Instant at) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.DISPOSITION_FINISHED;
    }

    @Override
    public String detail() {
        return null;
    }
}
