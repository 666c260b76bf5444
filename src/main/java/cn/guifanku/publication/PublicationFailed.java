package cn.guifanku.publication;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** 发布失败: publication ran out of retries; the secretariat may retry. */
public record PublicationFailed(UUID id, String proposalId, String actor, Instant at, String message)
        implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.PUBLICATION_FAILED;
    }

    @Override
    public String detail() {
        return message;
    }
}
