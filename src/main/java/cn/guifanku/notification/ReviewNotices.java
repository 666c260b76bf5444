package cn.guifanku.notification;

import cn.guifanku.ballot.BallotCounted;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.process.Task;
import cn.guifanku.process.TaskOpened;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.publication.EditionPublished;
import cn.guifanku.review.CommentPeriodClosed;
import cn.guifanku.security.Role;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The committee's notifications from the review, from its typed domain events: a task opened for you or your group,
 * a comment period or ballot ended by its deadline, a ballot counted, an edition published. Each listener runs after
 * the step's commit, in its own transaction, delivered at least once by the event publication registry (a failure
 * leaves the publication incomplete, to be resubmitted); the outbox's unique key per event and person makes every
 * mail go out once. A vote task is the ballot asking a member (the letter says so, with the ballot's link); the comment
 * period's own task is not mailed, since {@link CommentPeriodNotices} tells the committee of the period itself.
 */
@Component
class ReviewNotices {


    private final Notifier notifier;
    private final Addressbook addressbook;
    private final Proposals proposals;
    private final Ballots ballots;
    private final cn.guifanku.web.Times times;

    ReviewNotices(Notifier notifier, Addressbook addressbook, Proposals proposals, Ballots ballots,
                  cn.guifanku.web.Times times) {
        this.times = times;
        this.notifier = notifier;
        this.addressbook = addressbook;
        this.proposals = proposals;
        this.ballots = ballots;
    }

    @ApplicationModuleListener
    void on(TaskOpened task) {
        if (task.task() == Task.COMMENT_PERIOD) {
            return; // the committee and the secretariat hear of the period itself (CommentPeriodNotices)
        }
        boolean vote = task.task() == Task.VOTE; // a ballot round asks a member (again, when it was extended)
        for (String person : addressbook.peopleFor(task.assignee(), task.candidateGroups())) {
            if (!person.equals(task.actor())) { // someone claiming a task needs no mail about it
                notifier.notifyAs(person, vote ? Kind.BALLOT : Kind.TASK_ASSIGNED, vote ? "BALLOT_OPENED" : Kind.TASK_ASSIGNED.name(),
                        "task:" + task.taskId(), "/proposals/" + task.proposalId() + (vote ? "/ballot" : ""),
                        task.name(), task.proposalId(), title(task.proposalId()),
                        due(task.due() == null ? null : Date.from(task.due())));
            }
        }
    }

    @ApplicationModuleListener
    void on(CommentPeriodClosed closed) {
        if (closed.byDeadline()) {
            tell(people(closed.proposalId(), Set.of()), Kind.DEADLINE_PASSED, "commentDeadlineReached",
                    "comment-deadline:" + closed.id(), closed.proposalId());
        }
    }

    @ApplicationModuleListener
    void on(BallotCounted counted) {
        if (counted.byDeadline()) {
            tell(people(counted.proposalId(), Set.of()), Kind.DEADLINE_PASSED, "ballotDeadlineReached",
                    "ballot-deadline:" + counted.id(), counted.proposalId());
        }
        tell(people(counted.proposalId(), counted.voters()), Kind.BALLOT_RESULT, Kind.BALLOT_RESULT.name(),
                "ballot-result:" + counted.id(), counted.proposalId(),
                new DefaultMessageSourceResolvable("notification.outcome." + counted.outcome()), counted.approve(),
                counted.disapprove(), counted.abstain(), counted.eligible());
    }

    @ApplicationModuleListener
    void on(EditionPublished published) {
        Collection<String> voters = ballots.record(published.proposalId()).keySet().stream()
                .reduce((a, b) -> b).map(round -> round.voters()).orElse(java.util.List.of());
        tell(people(published.proposalId(), voters), Kind.PUBLISHED, Kind.PUBLISHED.name(),
                "published:" + published.proposalId(), published.proposalId(), published.number());
    }

    /** The proposer and the secretariat, and these voters. */
    private Set<String> people(String proposalId, Collection<String> voters) {
        Set<String> people = new LinkedHashSet<>();
        people.add(proposals.find(proposalId).proposer());
        people.addAll(addressbook.membersOf(Role.SECRETARIAT.group()));
        people.addAll(voters);
        return people;
    }

    private void tell(Set<String> people, Kind kind, String letter, String key, String proposal, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = proposal;
        args[1] = title(proposal);
        System.arraycopy(more, 0, args, 2, more.length);
        people.forEach(p -> notifier.notifyAs(p, kind, letter, key, "/proposals/" + proposal, args));
    }

    private String title(String proposal) {
        return proposals.find(proposal).title();
    }

    /** A task's due date as mails write it: to the minute, in the configured zone. */
    String due(Date due) {
        return due == null ? "—" : times.minute(due.toInstant());
    }
}
