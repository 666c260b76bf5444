package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.ballot.BallotCounted;
import cn.guifanku.ballot.BallotOpened;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.ballot.Vote;
import cn.guifanku.ballot.VoteCast;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.process.Task;
import cn.guifanku.process.Workflow;
import cn.guifanku.review.Comment;
import cn.guifanku.review.CommentAdded;
import cn.guifanku.review.CommentDisposed;
import cn.guifanku.review.CommentPeriodClosed;
import cn.guifanku.review.Comments;
import cn.guifanku.review.DraftSentForComments;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/**
 * Every decision is one transaction over our tables and the engine's: a failure injected after the engine's step
 * (while the decision records its event) leaves the proposal, its history, its ballot, the engine's tasks and the
 * Git refs exactly as they were; done again without the failure, the decision goes through once. A second decision
 * on the same proposal at the same moment is refused with 409, never done twice.
 */
class DecisionAtomicityTest extends ApplicationTestBase {

    static final Actor EDITOR = new Actor("editor2", Set.of(Role.EDITOR));
    static final Actor SECRETARY = new Actor("secretary", Set.of(Role.SECRETARIAT));
    static final Actor CHAIR = new Actor("chair", Set.of(Role.CHAIR, Role.MEMBER));

    @Autowired
    Proposals proposals;
    @Autowired
    ProposalDecisions decisions;
    @Autowired
    Comments comments;
    @Autowired
    Drafts drafts;
    @Autowired
    Ballots ballots;
    @Autowired
    Workflow workflow;
    @Autowired
    ContentRepository content;
    @Autowired
    JdbcClient jdbc;

    /** Everything a decision on a proposal may change. */
    record State(Map<String, Object> proposal, List<String> history, List<Task> tasks, List<Map<String, Object>> rounds,
                 long votes, String draftHead, List<String> tags) {
    }

    State state(String id) {
        return new State(jdbc.sql("select * from proposal where id = ?").param(id).query().singleRow(),
                jdbc.sql("select action from proposal_event where proposal_id = ? order by id").param(id)
                        .query(String.class).list(),
                workflow.openTaskKinds(id),
                jdbc.sql("select * from ballot_round where proposal_id = ? order by round_no").param(id).query().listOfRows(),
                jdbc.sql("select count(*) from vote v join ballot_round r on v.round_id = r.id where r.proposal_id = ?")
                        .param(id).query(Long.class).single(),
                content.resolve("draft/" + id).orElse(null),
                content.tags("withdrawn/" + id).stream().map(t -> t.name()).toList());
    }

    /** Runs the decision with a failure injected as it records {@code event}: it fails, and nothing changed. */
    void failsLeavingNothing(String id, Class<? extends ProposalEvent> event, Runnable decision) {
        State before = state(id);
        eventFault.failOn(event);
        assertThatThrownBy(decision::run).hasMessageContaining("测试注入");
        eventFault.failOn(null);
        assertThat(state(id)).as("after a failed " + event.getSimpleName()).isEqualTo(before);
    }

    @Test
    void eachDecisionOfAReviewIsAllOrNothing() {
        // 提案: the draft branch is created in Git before the engine starts; the rollback removes it again.
        long proposalsBefore = jdbc.sql("select count(*) from proposal").query(Long.class).single();
        List<String> draftsBefore = draftBranches();
        long instancesBefore = jdbc.sql("select count(*) from ACT_RU_EXECUTION").query(Long.class).single();
        eventFault.failOn(ProposalSubmitted.class);
        assertThatThrownBy(() -> proposals.create(newProposal("原子性测试"), EDITOR)).hasMessageContaining("测试注入");
        eventFault.failOn(null);
        assertThat(jdbc.sql("select count(*) from proposal").query(Long.class).single()).isEqualTo(proposalsBefore);
        assertThat(jdbc.sql("select count(*) from ACT_RU_EXECUTION").query(Long.class).single()).isEqualTo(instancesBefore);
        assertThat(draftBranches()).as("no draft branch of a proposal that was never stored").isEqualTo(draftsBefore);

        String id = proposals.create(newProposal("原子性测试"), EDITOR).id();
        assertThat(state(id).history()).containsExactly("SUBMITTED");

        failsLeavingNothing(id, FormalCheckDecided.class,
                () -> decisions.formalCheck(id, ProposalDecisions.FormalCheck.RETURN, null, "请补充理由", SECRETARY));
        decisions.formalCheck(id, ProposalDecisions.FormalCheck.RETURN, null, "请补充理由", SECRETARY);
        failsLeavingNothing(id, ProposalResubmitted.class, () -> decisions.resubmit(id, EDITOR));
        decisions.resubmit(id, EDITOR);
        failsLeavingNothing(id, FormalCheckDecided.class,
                () -> decisions.formalCheck(id, ProposalDecisions.FormalCheck.ACCEPT, "2026-TC389-A1", null, SECRETARY));
        decisions.formalCheck(id, ProposalDecisions.FormalCheck.ACCEPT, "2026-TC389-A1", null, SECRETARY);

        String head = state(id).draftHead();
        failsLeavingNothing(id, DraftSaved.class, () -> drafts.edit(proposals.find(id), Drafts.STANDARD,
                drafts.read(proposals.find(id), Drafts.STANDARD, null).text() + "\n", head, "补充", EDITOR));

        failsLeavingNothing(id, DraftSentForComments.class, () -> decisions.sendForComments(id, EDITOR));
        decisions.sendForComments(id, EDITOR);

        Actor reader = new Actor("reader", Set.of(Role.READER));
        Comments.NewComment comment = new Comments.NewComment("_范围", "1 范围", "te", "建议明确适用范围", null, null);
        failsLeavingNothing(id, CommentAdded.class, () -> comments.add(id, comment, reader));
        long commentId = comments.add(id, comment, reader).id();

        failsLeavingNothing(id, CommentPeriodClosed.class, () -> comments.closePeriod(id, SECRETARY));
        comments.closePeriod(id, SECRETARY);

        failsLeavingNothing(id, CommentDisposed.class,
                () -> comments.dispose(id, commentId, Comment.Disposition.ACCEPTED, null, EDITOR));
        comments.dispose(id, commentId, Comment.Disposition.ACCEPTED, null, EDITOR);

        failsLeavingNothing(id, BallotOpened.class, () -> comments.finishDisposition(id, EDITOR));
        comments.finishDisposition(id, EDITOR);

        Actor member1 = new Actor("member1", Set.of(Role.MEMBER));
        failsLeavingNothing(id, VoteCast.class, () -> ballots.vote(id, Vote.Position.APPROVE, null, member1));
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            ballots.vote(id, Vote.Position.APPROVE, null, new Actor(member, Set.of(Role.MEMBER)));
        }

        failsLeavingNothing(id, BallotCounted.class, () -> ballots.closeEarly(id, SECRETARY));
        ballots.closeEarly(id, SECRETARY);

        failsLeavingNothing(id, ApprovalReturned.class, () -> decisions.approve(id, ProposalDecisions.Approval.RETURN,
                null, null, null, "请补充附录", CHAIR));
        failsLeavingNothing(id, ProposalApproved.class, () -> decisions.approve(id, ProposalDecisions.Approval.APPROVE,
                "WH/T 291—2026", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1), null, CHAIR));
        decisions.approve(id, ProposalDecisions.Approval.APPROVE, "WH/T 291—2026", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 3, 1), null, CHAIR);

        State done = state(id);
        assertThat(done.proposal().get("STAGE")).isEqualTo("PUBLISHING");
        assertThat(done.history()).as("one row per step, each once").containsExactly("SUBMITTED", "FORMAL_CHECK_RETURN",
                "RESUBMITTED", "FORMAL_CHECK_ACCEPT", "COMMENT_PERIOD_OPENED", "COMMENTED", "COMMENT_PERIOD_CLOSED",
                "DISPOSED", "DISPOSITION_FINISHED", "BALLOT_OPENED", "VOTED",
                "VOTED", "VOTED", "VOTED", "VOTED", "BALLOT_CLOSED", "APPROVED");
    }

    @Test
    void aWithdrawalThatFailsLeavesNoTagAndTheProposalRunning() {
        String id = proposals.create(newProposal("撤回原子性测试"), EDITOR).id();
        failsLeavingNothing(id, ProposalWithdrawn.class, () -> decisions.withdraw(id, "不再需要", EDITOR));
        decisions.withdraw(id, "不再需要", EDITOR);
        assertThat(state(id).tags()).containsExactly("withdrawn/" + id);
        assertThat(proposals.find(id).stage()).hasToString("WITHDRAWN");
    }

    @Test
    void aChairsReturnWritesOneHistoryRow() {
        String id = proposals.create(newProposal("退回测试"), EDITOR).id();
        decisions.formalCheck(id, ProposalDecisions.FormalCheck.ACCEPT, "2026-TC389-R1", null, SECRETARY);
        decisions.sendForComments(id, EDITOR);
        comments.closePeriod(id, SECRETARY);
        comments.finishDisposition(id, EDITOR);
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            ballots.vote(id, Vote.Position.APPROVE, null, new Actor(member, Set.of(Role.MEMBER)));
        }
        ballots.closeEarly(id, SECRETARY);
        decisions.approve(id, ProposalDecisions.Approval.RETURN, null, null, null, "请补充附录", CHAIR);

        List<String> history = state(id).history();
        assertThat(history.subList(history.indexOf("BALLOT_CLOSED"), history.size()))
                .containsExactly("BALLOT_CLOSED", "APPROVAL_RETURNED");
        assertThat(proposals.find(id).stage()).hasToString("DRAFTING");
        assertThat(workflow.openTaskKinds(id)).containsExactly(Task.DRAFTING);
    }

    @Test
    void aQuorumDecisionThatFailsLeavesTheRoundWaitingForIt() {
        String id = proposals.create(newProposal("法定人数测试"), EDITOR).id();
        decisions.formalCheck(id, ProposalDecisions.FormalCheck.ACCEPT, "2026-TC389-Q1", null, SECRETARY);
        decisions.sendForComments(id, EDITOR);
        comments.closePeriod(id, SECRETARY);
        comments.finishDisposition(id, EDITOR);
        ballots.vote(id, Vote.Position.APPROVE, null, new Actor("member1", Set.of(Role.MEMBER)));
        ballots.closeEarly(id, SECRETARY);
        assertThat(workflow.openTaskKinds(id)).as("one vote of five is no quorum").containsExactly(Task.QUORUM_DECISION);

        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        failsLeavingNothing(id, cn.guifanku.ballot.QuorumDecided.class,
                () -> ballots.decideOnQuorum(id, Ballots.QuorumDecision.EXTEND, later, SECRETARY));
        failsLeavingNothing(id, cn.guifanku.ballot.QuorumDecided.class,
                () -> ballots.decideOnQuorum(id, Ballots.QuorumDecision.FAIL, null, SECRETARY));
        ballots.decideOnQuorum(id, Ballots.QuorumDecision.EXTEND, later, SECRETARY);

        assertThat(workflow.openTaskKinds(id)).as("the round is open again").contains(Task.VOTE);
        List<String> history = state(id).history();
        assertThat(history.subList(history.indexOf("BALLOT_CLOSED"), history.size()))
                .containsExactly("BALLOT_CLOSED", "QUORUM_EXTEND");
    }

    @Test
    void twoFormalChecksAtOnceOneDecidesTheOtherGets409() throws Exception {
        String id = proposals.create(newProposal("并发决定测试"), EDITOR).id();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (String plan : List.of("2026-TC389-C1", "2026-TC389-C2")) {
                Callable<Object> decide = () -> {
                    together.await();
                    try {
                        return decisions.formalCheck(id, ProposalDecisions.FormalCheck.ACCEPT, plan, null, SECRETARY);
                    } catch (ErrorResponseException e) {
                        return e.getStatusCode().value();
                    }
                };
                answers.add(two.submit(decide));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results).as(results.toString()).filteredOn(r -> r instanceof Proposal).hasSize(1);
            assertThat(results).contains(409);
        } finally {
            two.shutdownNow();
        }
        assertThat(state(id).history()).containsExactly("SUBMITTED", "FORMAL_CHECK_ACCEPT");
        assertThat(workflow.openTaskKinds(id)).containsExactly(Task.DRAFTING);
    }

    @org.springframework.beans.factory.annotation.Value("${guifanku.content.repository}")
    java.nio.file.Path repository;

    /** Every draft branch in the repository, as Git itself lists them. */
    List<String> draftBranches() {
        try (var git = org.eclipse.jgit.api.Git.open(repository.toFile())) {
            return git.getRepository().getRefDatabase().getRefsByPrefix("refs/heads/draft/").stream()
                    .map(r -> r.getName() + "@" + r.getObjectId().name()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static NewProposal newProposal(String title) {
        return new NewProposal(Proposal.Kind.NEW, title, "规定原子性测试的范围", "测试", null, null);
    }
}
