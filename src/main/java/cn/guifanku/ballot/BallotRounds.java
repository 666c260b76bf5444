package cn.guifanku.ballot;

import cn.guifanku.process.BallotSteps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The ballot's part of the review model's steps: open a round, count it, extend it. */
@Component
class BallotRounds implements BallotSteps {

    private final Ballots ballots;

    BallotRounds(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Round open(String proposalId, String actor) {
        BallotRound round = ballots.open(proposalId, actor);
        return new Round(round.voters(), round.deadline());
    }

    @Override
    public Map<String, Object> count(String proposalId, String actor, boolean byDeadline) {
        return ballots.close(proposalId, actor, byDeadline).variables();
    }

    @Override
    public List<String> extend(String proposalId, String actor, Instant deadline) {
        ballots.extend(proposalId, deadline);
        return ballots.pendingVoters(proposalId);
    }
}
