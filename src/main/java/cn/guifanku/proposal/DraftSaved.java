package cn.guifanku.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An editor saved a draft file as a commit on the draft branch. */
public record DraftSaved(UUID id, String proposalId, String actor, Instant at, String file, String revision, String message) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return ProposalAction.DRAFT_SAVED;
    }

    @Override
    public String detail() {
        return file + " " + revision.substring(0, Math.min(7, revision.length())) + (message == null ? "" : " " + message);
    }
}
