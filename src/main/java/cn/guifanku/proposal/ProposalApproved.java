package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 批准: the chair approved the draft with its number and dates; publication follows.
 *
 * @param replaces the edition the new one replaces by the record's rule at approval, or null when none
 */
public record ProposalApproved(UUID id, String proposalId, String actor, Instant at, String number, LocalDate issued,
                               LocalDate effective, String replaces) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.APPROVED;
    }

    @Override
    public String detail() {
        return number + "，" + issued + " 发布，" + effective + " 实施" + (replaces == null ? "" : "，代替 " + replaces);
    }
}
