package cn.guifanku.ballot;

import java.time.Instant;
import java.util.List;

/**
 * One ballot round on a 送审稿. The eligible voters and the voting rule's numbers are copied when it opens, so later
 * changes to the committee or the rule do not move a running ballot.
 */
public record BallotRound(long id, String proposalId, int number, String revision, Instant openedAt, Instant deadline,
                          Instant closedAt, int quorumNumerator, int quorumDenominator, int thresholdNumerator,
                          int thresholdDenominator, String outcome, List<String> voters) {

    public BallotRound {
        voters = List.copyOf(voters);
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
