package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 复审: the standard stays in force. */
public record StandardConfirmed(UUID id, String proposalId, String actor, Instant at) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.REVIEW_CONFIRMED;
    }

    @Override
    public String detail() {
        return "复审结论：继续有效";
    }
}
