package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 提案: an editor proposed a new standard or a revision; its draft branch exists and its review started. */
public record ProposalSubmitted(UUID id, String proposalId, String actor, Instant at, Proposal.Kind kind, String title) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.SUBMITTED;
    }

    @Override
    public String detail() {
        return (kind == Proposal.Kind.NEW ? "制定：" : "修订：") + title;
    }
}
