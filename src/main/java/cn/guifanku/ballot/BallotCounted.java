package cn.guifanku.ballot;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round closed and counted (by its deadline, or the secretariat): the counts, the voting rule's outcome (PASS, FAIL,
 * NO_QUORUM) and the explanation in words; who was asked to vote.
 */
public record BallotCounted(UUID id, String proposalId, String actor, Instant at, int round, String outcome,
                            int approve, int disapprove, int abstain, int eligible, List<String> voters,
                            boolean byDeadline, String explanation) implements ProposalEvent {

    public BallotCounted {
        voters = List.copyOf(voters);
    }

    @Override
    public ProposalAction action() {
        return ProposalAction.BALLOT_CLOSED;
    }

    @Override
    public String detail() {
        return explanation;
    }
}
