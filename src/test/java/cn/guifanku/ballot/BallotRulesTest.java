package cn.guifanku.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.process.Stage;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** The ballot's rules without Spring, the engine or a database. */
class BallotRulesTest {

    static final Instant OPENED = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-12-15T00:00:00Z");
    final Proposal proposal = new Proposal("P2026-001", Proposal.Kind.NEW, "标题", "范围", "理由", null, null, "tc389",
            "editor1", OPENED, "draft/P2026-001", "p2026-001", Stage.BALLOT, null, null, null, null, null, null, null, null, 0);
    final BallotRound round = new BallotRound(1, "P2026-001", 1, "abc", OPENED, DEADLINE, null, 2, 3, 3, 4, null,
            List.of("chair", "member1", "member2"));

    @Test
    void votersAreTheVotingMembersWithoutTheProposerInAStableOrder() {
        assertThat(BallotRules.voters(List.of("member2", "editor1", "chair", "member1", "member2"), proposal))
                .containsExactly("chair", "member1", "member2");
    }

    @Test
    void rejectsAVoteFromTheProposer() {
        assertThatThrownBy(() -> BallotRules.checkVoter(proposal, new Actor("editor1", Set.of(Role.MEMBER))))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThatThrownBy(() -> BallotRules.checkVoter(proposal, Actor.ANONYMOUS))
                .isInstanceOf(ErrorResponseException.class);
        assertThatCode(() -> BallotRules.checkVoter(proposal, new Actor("member1", Set.of(Role.MEMBER))))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAVoteFromAMemberNotAskedInThisRound() {
        assertThat(status(() -> BallotRules.checkVote(round, "member9", Vote.Position.APPROVE, null, OPENED))).isEqualTo(403);
    }

    @Test
    void refusesVotesAtAndAfterTheDeadlineAndInAClosedRound() {
        assertThat(status(() -> BallotRules.checkVote(round, "member1", Vote.Position.APPROVE, null, DEADLINE))).isEqualTo(409);
        BallotRound closed = new BallotRound(1, "P2026-001", 1, "abc", OPENED, DEADLINE, OPENED.plusSeconds(60), 2, 3,
                3, 4, "PASS", round.voters());
        assertThat(status(() -> BallotRules.checkVote(closed, "member1", Vote.Position.APPROVE, null, OPENED))).isEqualTo(409);
        assertThatCode(() -> BallotRules.checkVote(round, "member1", Vote.Position.APPROVE, null, DEADLINE.minusSeconds(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDisapprovalNeedsAReason() {
        assertThat(status(() -> BallotRules.checkVote(round, "member1", Vote.Position.DISAPPROVE, " ", OPENED))).isEqualTo(422);
        assertThat(status(() -> BallotRules.checkVote(round, "member1", null, null, OPENED))).isEqualTo(422);
        assertThatCode(() -> BallotRules.checkVote(round, "member1", Vote.Position.DISAPPROVE, "开放时间过长", OPENED))
                .doesNotThrowAnyException();
        assertThatCode(() -> BallotRules.checkVote(round, "member1", Vote.Position.ABSTAIN, null, OPENED))
                .doesNotThrowAnyException();
    }

    @Test
    void aTallyCountsEachVotersLatestVoteAndExplainsItsOutcome() {
        Tally tally = Tally.count(round, List.of(new Vote(1, 1, "chair", Vote.Position.APPROVE, null, OPENED),
                new Vote(2, 1, "member1", Vote.Position.DISAPPROVE, "理由", OPENED))).withOutcome("NO_QUORUM");
        assertThat(List.of(tally.eligible(), tally.voted(), tally.approve(), tally.disapprove(), tally.abstain()))
                .containsExactly(3, 2, 1, 1, 0);
        assertThat(tally.variables()).containsEntry("quorumNumerator", 2).containsEntry("thresholdDenominator", 4);
        assertThat(tally.explanation()).contains("应投票 3 人，已投票 2 人", "不足法定人数");
    }

    static int status(Runnable rule) {
        try {
            rule.run();
            return 0;
        } catch (ErrorResponseException e) {
            return e.getStatusCode().value();
        }
    }
}
