package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 复审: a revision of the standard started as a new proposal. */
public record RevisionStarted(UUID id, String proposalId, String actor, Instant at, String revisionId) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.REVISION_STARTED;
    }

    @Override
    public String detail() {
        return revisionId;
    }
}
