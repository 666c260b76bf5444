package cn.guifanku.ballot;

import cn.guifanku.proposal.Proposal;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Who votes and which votes count: the ballot's rules, without the engine or the database. */
final class BallotRules {

    private BallotRules() {
    }

    /** A round's voters: the committee's voting members now, never the proposal's own editor, in a stable order. */
    static List<String> voters(Collection<String> votingMembers, Proposal proposal) {
        return votingMembers.stream().filter(u -> !proposal.isProposer(u)).distinct().sorted().toList();
    }

    /** Nobody votes without signing in, and nobody votes on their own proposal. */
    static void checkVoter(Proposal proposal, Actor actor) {
        if (!actor.isSignedIn() || proposal.isProposer(actor.username())) {
            throw Problem.forbidden("not-a-voter", proposal.id());
        }
    }

    /** A vote counts if its member was asked in this round, the round is open and its deadline not passed, and a
     *  disapproval says why. */
    static void checkVote(BallotRound round, String voter, Vote.Position position, String reason, Instant now) {
        if (!round.voters().contains(voter)) {
            throw Problem.forbidden("not-a-voter", round.proposalId());
        }
        if (!round.isOpen() || !now.isBefore(round.deadline())) {
            throw Problem.conflict("ballot-closed", round.proposalId());
        }
        if (position == null) {
            throw Problem.unprocessable("vote-position-required").with("field", "position");
        }
        if (position == Vote.Position.DISAPPROVE && (reason == null || reason.isBlank())) {
            throw Problem.unprocessable("disapproval-reason-required").with("field", "reason");
        }
    }
}
