package cn.guifanku.ballot;

import cn.guifanku.security.Role;
import cn.guifanku.people.People;
import cn.guifanku.people.Person;
import cn.guifanku.process.Workflow;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalAccess;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.ReviewProperties;
import cn.guifanku.proposal.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's ballot on a 送审稿: rounds, votes and tallies. Votes live in our own table (one current vote per
 * member per round, every change kept), never in a process variable; the process only learns the counts.
 */
@Service
public class Ballots {

    private final BallotRepository repository;
    private final Proposals proposals;
    private final Drafts drafts;
    private final People people;
    private final ProposalHistory history;
    private final Workflow workflow;
    private final ReviewProperties settings;
    private final Clock clock;

    Ballots(BallotRepository repository, Proposals proposals, Drafts drafts, People people, ProposalHistory history,
            Workflow workflow, ReviewProperties settings, Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.drafts = drafts;
        this.people = people;
        this.history = history;
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens a round: the committee's voting members now, minus the proposal's editor; the rule copied. */
    @Transactional
    public BallotRound open(String proposalId, String actor) {
        Proposal p = proposals.find(proposalId);
        List<String> voters = people.votingMembers(p.committeeId()).stream().map(Person::username)
                .filter(u -> !p.isProposer(u)).sorted().toList();
        Instant now = clock.instant();
        repository.open(proposalId, drafts.head(p), now, now.plus(settings.ballotPeriod()),
                ReviewProperties.fraction(settings.quorum()), ReviewProperties.fraction(settings.threshold()), voters);
        proposals.moveTo(proposalId, Stage.BALLOT, actor, "BALLOT_OPENED", "投票委员 " + String.join("、", voters));
        return current(proposalId);
    }

    public BallotRound current(String proposalId) {
        return repository.latest(proposalId).orElseThrow(() -> Problem.notFound("no-ballot", proposalId));
    }

    public List<BallotRound> rounds(String proposalId, Actor actor) {
        proposals.get(proposalId, actor);
        return repository.all(proposalId);
    }

    /** Casts or changes the actor's vote in the open round. */
    @Transactional
    public Tally vote(String proposalId, Vote.Position position, String reason, Actor actor) {
        Proposal p = proposals.find(proposalId);
        if (!actor.isSignedIn() || p.isProposer(actor.username())) {
            throw Problem.forbidden("not-a-voter", proposalId);
        }
        ProposalAccess.checkStage(p, Set.of(Stage.BALLOT));
        BallotRound round = current(proposalId);
        if (!round.voters().contains(actor.username())) {
            throw Problem.forbidden("not-a-voter", proposalId);
        }
        if (!round.isOpen() || !clock.instant().isBefore(round.deadline())) {
            throw Problem.conflict("ballot-closed", proposalId);
        }
        if (position == null || (position == Vote.Position.DISAPPROVE && (reason == null || reason.isBlank()))) {
            throw Problem.unprocessable("disapproval-reason-required");
        }
        boolean changed = latestVotes(round.id()).stream().anyMatch(v -> v.voter().equals(actor.username()));
        repository.cast(round.id(), actor.username(), position, reason == null ? null : reason.strip(), clock.instant());
        history.record(proposalId, actor.username(), changed ? "VOTE_CHANGED" : "VOTED",
                Map.of(Vote.Position.APPROVE, "同意", Vote.Position.DISAPPROVE, "不同意", Vote.Position.ABSTAIN, "弃权").get(position));
        workflow.task(proposalId, "vote", actor.username()).filter(t -> actor.username().equals(t.assignee()))
                .ifPresent(t -> workflow.complete(t, actor.username(), Map.of()));
        return tally(round);
    }

    public Tally tally(String proposalId, Actor actor) {
        proposals.get(proposalId, actor);
        return tally(current(proposalId));
    }

    Tally tally(BallotRound round) {
        Tally counts = Tally.count(round, latestVotes(round.id()));
        Object outcome = workflow.decide("ballot-rule", counts.variables()).get("ballotOutcome");
        return counts.withOutcome(outcome == null ? null : outcome.toString());
    }

    /** Named votes (latest per member) for those who run the ballot. */
    public Collection<Vote> votes(String proposalId, Actor actor) {
        if (!(actor.has(Role.SECRETARIAT) || actor.has(Role.CHAIR) || actor.has(Role.ADMIN))) {
            throw Problem.forbidden("role-required", Role.SECRETARIAT.name());
        }
        return latestVotes(current(proposalId).id());
    }

    /** The round's end, at its deadline or when the secretariat closes it: counts go to the process's rule. */
    @Transactional
    public Tally close(String proposalId, String actor) {
        BallotRound round = current(proposalId);
        Tally tally = tally(round);
        repository.close(round.id(), clock.instant(), tally.outcome());
        history.record(proposalId, actor, "BALLOT_CLOSED", tally.explanation());
        if ("PASS".equals(tally.outcome())) {
            // The process applies the same rule next and goes on to the chair.
            proposals.moveTo(proposalId, Stage.APPROVAL, actor, "BALLOT_PASSED", null);
        }
        return tally;
    }

    /** Extends a round that missed its quorum: a new deadline, the votes kept. */
    @Transactional
    public void extend(String proposalId, Instant deadline, String actor) {
        BallotRound round = current(proposalId);
        repository.reopen(round.id(), deadline);
        history.record(proposalId, actor, "BALLOT_EXTENDED", "新的截止时间 " + cn.guifanku.proposal.ProposalHistory.when(deadline));
    }

    /** Members of the current round who have not voted yet: an extended round asks only them again. */
    List<String> pendingVoters(String proposalId) {
        BallotRound round = current(proposalId);
        Set<String> voted = latestVotes(round.id()).stream().map(Vote::voter).collect(java.util.stream.Collectors.toSet());
        return round.voters().stream().filter(v -> !voted.contains(v)).toList();
    }

    /** The secretariat ends the round now (for example once everyone has voted). */
    public void closeEarly(String proposalId, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        ProposalAccess.checkStage(proposals.find(proposalId), Set.of(Stage.BALLOT));
        workflow.complete(workflow.task(proposalId, "closeBallot", null)
                .orElseThrow(() -> Problem.conflict("ballot-closed", proposalId)), actor.username(), Map.of());
    }

    public enum QuorumDecision { EXTEND, FAIL }

    /** After a round without quorum: extend it to a new deadline (votes kept), or fail it. */
    public void decideOnQuorum(String proposalId, QuorumDecision decision, Instant deadline, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        var task = workflow.task(proposalId, "quorumDecision", null)
                .orElseThrow(() -> Problem.conflict("no-such-task", proposalId, "quorumDecision"));
        if (decision == QuorumDecision.EXTEND && (deadline == null || !deadline.isAfter(clock.instant()))) {
            throw Problem.unprocessable("deadline-in-future-required");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("quorumDecision", decision.name());
        if (decision == QuorumDecision.EXTEND) {
            variables.put("ballotDeadline", java.util.Date.from(deadline));
        }
        history.record(proposalId, actor.username(), "QUORUM_" + decision,
                deadline == null ? null : "新的截止时间 " + cn.guifanku.proposal.ProposalHistory.when(deadline));
        workflow.complete(task, actor.username(), variables);
    }

    /**
     * Every round of a proposal with each member's latest vote, for a published edition's record. Named votes:
     * the caller decides who may see them.
     */
    public Map<BallotRound, Collection<Vote>> record(String proposalId) {
        Map<BallotRound, Collection<Vote>> record = new LinkedHashMap<>();
        repository.all(proposalId).forEach(round -> record.put(round, latestVotes(round.id())));
        return record;
    }

    Collection<Vote> latestVotes(long roundId) {
        Map<String, Vote> latest = new LinkedHashMap<>();
        repository.votes(roundId).forEach(v -> latest.put(v.voter(), v));
        return latest.values();
    }
}
