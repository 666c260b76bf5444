package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The secretariat gave a failed publication another try. */
public record PublicationRetried(UUID id, String proposalId, String actor, Instant at) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.PUBLICATION_RETRIED;
    }

    @Override
    public String detail() {
        return null;
    }
}
