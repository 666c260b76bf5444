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
import cn.guifanku.process.Stage;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import cn.guifanku.process.Task;
import java.util.UUID;

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
    @Transactional(propagation = Propagation.MANDATORY)
    BallotRound open(String proposalId, String actor) {
        Proposal p = proposals.find(proposalId);
        List<String> voters = BallotRules.voters(people.votingMembers(p.committeeId()).stream().map(Person::username)
                .toList(), p);
        Instant now = clock.instant();
        repository.open(proposalId, drafts.head(p), now, now.plus(settings.ballotPeriod()),
                ReviewProperties.fraction(settings.quorum()), ReviewProperties.fraction(settings.threshold()), voters);
        BallotRound round = current(proposalId);
        history.record(new BallotOpened(UUID.randomUUID(), proposalId, actor, now, round.number(), voters,
                round.deadline(), voters.stream().map(people::nameOf).toList()));
        return round;
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
        Problem.bounded("reason", reason, 4000);
        Proposal p = proposals.find(proposalId);
        BallotRules.checkVoter(p, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.BALLOT));
        BallotRound round = repository.lockLatest(proposalId).orElseThrow(() -> Problem.notFound("no-ballot", proposalId));
        BallotRules.checkVote(round, actor.username(), position, reason, clock.instant());
        boolean changed = latestVotes(round.id()).stream().anyMatch(v -> v.voter().equals(actor.username()));
        repository.cast(round.id(), actor.username(), position, reason == null ? null : reason.strip(), clock.instant());
        workflow.task(proposalId, Task.VOTE, actor.username()).filter(t -> actor.username().equals(t.assignee()))
                .ifPresent(t -> workflow.complete(proposalId, Task.VOTE, actor.username()));
        history.record(new VoteCast(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), position, changed));
        return tally(round);
    }

    public Tally tally(String proposalId, Actor actor) {
        proposals.get(proposalId, actor);
        return tally(current(proposalId));
    }

    /** A round's tally with the rule's outcome for its votes (for a closed round, what it decided). */
    public Tally tally(BallotRound round) {
        Tally counts = Tally.count(round, latestVotes(round.id()));
        return counts.withOutcome(workflow.ballotOutcome(counts.variables()).orElse(null));
    }

    /** Named votes (latest per member) for those who run the ballot. */
    public Collection<Vote> votes(String proposalId, Actor actor) {
        if (!actor.hasAny(Role.SECRETARIAT, Role.CHAIR, Role.ADMIN)) {
            throw Problem.forbidden("role-required", Role.SECRETARIAT.named());
        }
        return latestVotes(current(proposalId).id());
    }

    /** The round's end, at its deadline or when the secretariat closes it: counts go to the process's rule. */
    @Transactional(propagation = Propagation.MANDATORY)
    Tally close(String proposalId, String actor, boolean byDeadline) {
        BallotRound round = repository.lockLatest(proposalId).orElseThrow(() -> Problem.notFound("no-ballot", proposalId));
        Tally tally = tally(round);
        repository.close(round.id(), clock.instant(), tally.outcome());
        // The process applies the same rule next: to the chair, back to drafting, or to the quorum decision.
        history.record(new BallotCounted(UUID.randomUUID(), proposalId, actor, clock.instant(), round.number(),
                tally.outcome(), tally.approve(), tally.disapprove(), tally.abstain(), tally.eligible(), round.voters(),
                byDeadline, tally.explanation(true)));
        return tally;
    }

    /** Extends a round that missed its quorum: a new deadline, the votes kept (the secretariat's decision recorded it). */
    @Transactional(propagation = Propagation.MANDATORY)
    void extend(String proposalId, Instant deadline) {
        repository.reopen(current(proposalId).id(), deadline);
    }

    /** Members of the current round who have not voted yet: an extended round asks only them again. */
    List<String> pendingVoters(String proposalId) {
        BallotRound round = current(proposalId);
        Set<String> voted = latestVotes(round.id()).stream().map(Vote::voter).collect(java.util.stream.Collectors.toSet());
        return round.voters().stream().filter(v -> !voted.contains(v)).toList();
    }

    /** The secretariat ends the round now (for example once everyone has voted); the process counts it. */
    @Transactional
    public void closeEarly(String proposalId, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        ProposalAccess.checkStage(proposals.lock(proposalId), Set.of(Stage.BALLOT));
        if (!workflow.isOpen(proposalId, Task.CLOSE_BALLOT)) {
            throw Problem.conflict("ballot-closed", proposalId);
        }
        workflow.complete(proposalId, Task.CLOSE_BALLOT, actor.username());
    }

    public enum QuorumDecision { EXTEND, FAIL }

    /** After a round without quorum: extend it to a new deadline (votes kept), or fail it. */
    @Transactional
    public void decideOnQuorum(String proposalId, QuorumDecision decision, Instant deadline, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        proposals.lock(proposalId);
        if (!workflow.isOpen(proposalId, Task.QUORUM_DECISION)) {
            throw Problem.conflict("no-such-task", proposalId, Task.QUORUM_DECISION.key());
        }
        if (decision == QuorumDecision.EXTEND && (deadline == null || !deadline.isAfter(clock.instant()))) {
            throw Problem.unprocessable("deadline-in-future-required").with("field", "deadline");
        }
        if (decision == QuorumDecision.EXTEND) {
            workflow.extendBallot(proposalId, actor.username(), decision, deadline);
        } else {
            workflow.decide(proposalId, Task.QUORUM_DECISION, actor.username(), decision);
        }
        Instant shown = decision == QuorumDecision.EXTEND ? deadline : null;
        history.record(new QuorumDecided(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), decision,
                shown, shown == null ? null : history.when(shown)));
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
