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
        // By its message, as librarians name a revision (its commit is on the draft page, for those who want it).
        String what = Drafts.STANDARD.equals(file) ? "" : (Drafts.NOTE.equals(file) ? "编制说明：" : file + "：");
        return message == null || message.isBlank() ? (what.isEmpty() ? null : what.substring(0, what.length() - 1))
                : what + message;
    }
}
