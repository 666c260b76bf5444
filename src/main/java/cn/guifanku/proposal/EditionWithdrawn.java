package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 复审: the standard is withdrawn (废止) from a day; its editions stay downloadable. */
public record EditionWithdrawn(UUID id, String proposalId, String actor, Instant at, String slug, LocalDate on,
                               String designation) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.STANDARD_WITHDRAWN;
    }

    @Override
    public String detail() {
        return (designation == null ? slug : designation) + " 自 " + on + " 起废止";
    }
}
