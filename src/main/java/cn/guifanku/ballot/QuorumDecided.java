package cn.guifanku.ballot;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.UUID;

/** After a round without quorum the secretariat extended it (to a new deadline) or failed it. */
public record QuorumDecided(UUID id, String proposalId, String actor, Instant at, Ballots.QuorumDecision decision,
                            Instant deadline, String deadlineText) implements ProposalEvent {

    @Override
    public ProposalAction action() {
        return decision == Ballots.QuorumDecision.EXTEND ? ProposalAction.QUORUM_EXTEND : ProposalAction.QUORUM_FAIL;
    }

    @Override
    public String detail() {
        return deadline == null ? null : "新的截止时间 " + deadlineText;
    }
}
