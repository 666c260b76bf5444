package cn.guifanku.publication;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** 发布: the approved edition of a proposal is in the catalog (tag, files, catalog entry), under its number. */
public record EditionPublished(UUID id, String proposalId, String actor, Instant at, String slug, String edition,
                               String number) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.PUBLISHED;
    }

    @Override
    public String detail() {
        return number;
    }
}
