package cn.guifanku.notification;

import cn.guifanku.process.WorkItem;
import cn.guifanku.process.Workflow;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of their tasks' due dates (votes, the comment period, closing a ballot): once when the due date is
 * within the deadline notice (three days by default), once when it has passed and the task is still open. A computed
 * check on every scan, so a moved deadline (an extended ballot) or a node that was down is caught up; the outbox's
 * unique key makes each reminder once per task and person, whichever node scans.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final Workflow workflow;
    private final Addressbook addressbook;
    private final Notifier notifier;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final cn.guifanku.web.Times times;
    private final cn.guifanku.proposal.Proposals proposals;

    DeadlineWatch(Workflow workflow, Addressbook addressbook, Notifier notifier, NotificationProperties properties,
                  TransactionTemplate transaction, Clock clock, cn.guifanku.web.Times times,
                  cn.guifanku.proposal.Proposals proposals) {
        this.proposals = proposals;
        this.times = times;
        this.workflow = workflow;
        this.addressbook = addressbook;
        this.notifier = notifier;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${guifanku.notification.scan-interval:PT15M}", initialDelayString = "PT2M")
    void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.warn("Deadline watch failed: {}", e.getMessage());
        }
    }

    /** Queues the reminders due now; returns how many mails this scan queued. */
    int scan() {
        Instant now = clock.instant();
        int queued = 0;
        for (WorkItem task : workflow.tasksDueBefore(now.plus(properties.deadlineNotice()))) {
            boolean passed = !task.due().isAfter(now);
            boolean vote = task.task() == cn.guifanku.process.Task.VOTE; // open: this member has not voted yet
            if (passed && vote) {
                continue; // the round is closed by its own timer and everyone hears the result
            }
            Kind kind = vote ? Kind.BALLOT : passed ? Kind.DEADLINE_PASSED : Kind.DEADLINE_SOON;
            String letter = vote ? "BALLOT_REMINDER" : passed ? "TASK_OVERDUE" : Kind.DEADLINE_SOON.name();
            String key = (passed ? "overdue:" : "soon:") + task.id();
            for (String person : addressbook.peopleFor(task.assignee(), task.candidateGroups())) {
                queued += queue(person, kind, letter, key, task) ? 1 : 0;
            }
        }
        return queued;
    }

    private String title(String proposalId) {
        try {
            return proposals.find(proposalId).title();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private boolean queue(String person, Kind kind, String letter, String key, WorkItem task) {
        try {
            return Boolean.TRUE.equals(transaction.execute(tx -> notifier.notifyAs(person, kind, letter, key,
                    "/proposals/" + task.proposalId() + (task.task() == cn.guifanku.process.Task.VOTE ? "/ballot" : ""),
                    task.name(), task.proposalId(), title(task.proposalId()),
                    times.minute(task.due()))));
        } catch (DuplicateKeyException e) {
            return false; // another node queued it at the same moment
        }
    }
}
