package cn.guifanku.ballot;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.proposal.ProposalEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 审查投票 opened: a round with its voters (the committee's voting members, not the proposer) and its deadline.
 *
 * @param voterNames the voters as the record names them (姓名（单位）), in the order of {@code voters}
 */
public record BallotOpened(UUID id, String proposalId, String actor, Instant at, int round, List<String> voters,
                           Instant deadline, List<String> voterNames) implements ProposalEvent {

    public BallotOpened {
        voters = List.copyOf(voters);
        voterNames = voterNames == null ? voters : List.copyOf(voterNames);
    }

    @Override
    public ProposalAction action() {
        return ProposalAction.BALLOT_OPENED;
    }

    @Override
    public String detail() {
        return "第 " + round + " 轮，投票委员 " + voters.size() + " 人：" + String.join("、", voterNames);
    }
}
