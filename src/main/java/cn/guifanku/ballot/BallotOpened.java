package cn.guifanku.ballot;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 审查投票 opened: a round with its voters (the committee's voting members, not the proposer) and its deadline. */
public record BallotOpened(UUID id, String proposalId, String actor, Instant at, int round, List<String> voters,
                           Instant deadline) implements ProposalEvent {

    public BallotOpened {
        voters = List.copyOf(voters);
    }

    @Override
    public ProposalAction action() {
        return ProposalAction.BALLOT_OPENED;
    }

    @Override
    public String detail() {
        return "投票委员 " + String.join("、", voters);
    }
}
