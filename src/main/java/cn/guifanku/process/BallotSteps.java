package cn.guifanku.process;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the review model's 审查投票 steps ask of the ballot feature. */
public interface BallotSteps {

    /** An opened round: who votes, until when. */
    record Round(List<String> voters, Instant deadline) {
    }

    Round open(String proposalId, String actor);

    /** Closes the round (by its deadline, or the secretariat); the counts the voting rule reads. */
    Map<String, Object> count(String proposalId, String actor, boolean byDeadline);

    /** Extends the round to a new deadline; the members who have not voted yet. */
    List<String> extend(String proposalId, String actor, Instant deadline);
}
