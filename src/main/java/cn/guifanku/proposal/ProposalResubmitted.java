package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The proposer resubmitted a proposal the secretariat returned. */
public record ProposalResubmitted(UUID id, String proposalId, String actor, Instant at) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.RESUBMITTED;
    }

    @Override
    public String detail() {
        return null;
    }
}
