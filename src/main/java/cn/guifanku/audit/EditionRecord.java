package cn.guifanku.audit;

import cn.guifanku.ballot.BallotRound;
import cn.guifanku.ballot.Vote;
import cn.guifanku.catalog.Edition;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalHistory;
import java.util.Collection;
import java.util.List;

/**
 * What a published edition's record page shows: the proposal it came from (none for the sample set), its ballot
 * rounds with every vote, the approval and the publication, and the commit and tag.
 *
 * @param votesShown whether the reader may see who voted how (committee members, secretariat, administrators)
 */
record EditionRecord(Edition edition, Proposal proposal, List<Round> rounds, ProposalHistory.Event approval,
                     ProposalHistory.Event publication, boolean votesShown) {

    /** One ballot round: counts for everyone, named votes for those allowed. */
    record Round(BallotRound round, Collection<Vote> votes) {

        long count(Vote.Position position) {
            return votes.stream().filter(v -> v.position() == position).count();
        }

        public long approve() {
            return count(Vote.Position.APPROVE);
        }

        public long disapprove() {
            return count(Vote.Position.DISAPPROVE);
        }

        public long abstain() {
            return count(Vote.Position.ABSTAIN);
        }
    }
}
