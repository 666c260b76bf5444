package cn.guifanku.notification;

import cn.guifanku.proposal.Proposals;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The committee's notifications from the review process, through Camunda's Spring eventing bridge
 * (camunda.bpm.eventing.task and .execution, on by default): a task created for you or your group, a comment
 * period or ballot ended by its deadline, a ballot counted, an edition published. The listeners run inside the
 * engine's transaction, so the mail is queued if and only if the step commits. The BPMN model is unchanged.
 */
@Component
class ReviewNotices {

    private static final Logger log = LoggerFactory.getLogger(ReviewNotices.class);

    private final Notifier notifier;
    private final Addressbook addressbook;
    private final Proposals proposals;
    private final cn.guifanku.web.Times times;

    ReviewNotices(Notifier notifier, Addressbook addressbook, Proposals proposals, cn.guifanku.web.Times times) {
        this.times = times;
        this.notifier = notifier;
        this.addressbook = addressbook;
        this.proposals = proposals;
    }

    @EventListener
    public void onTask(DelegateTask task) {
        if (!"create".equals(task.getEventName()) && !"assignment".equals(task.getEventName())) {
            return;
        }
        guarded(() -> {
            String actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                    .filter(g -> g != null).toList();
            String proposal = task.getExecution().getProcessBusinessKey();
            for (String person : addressbook.peopleFor(task.getAssignee(), groups)) {
                if (!person.equals(actor)) { // someone claiming a task needs no mail about it
                    notifier.notify(person, Kind.TASK_ASSIGNED, "task:" + task.getId(), "/proposals/" + proposal,
                            task.getName(), proposal, title(proposal), due(task.getDueDate()));
                }
            }
        });
    }

    @EventListener
    public void onExecution(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        String event = execution.getEventName();
        if (activity == null) {
            return;
        }
        guarded(() -> {
            String proposal = execution.getProcessBusinessKey();
            String key = activity + ":" + execution.getActivityInstanceId();
            if ("start".equals(event) && ("commentDeadlineReached".equals(activity) || "ballotDeadlineReached".equals(activity))) {
                tell(people(execution, false), Kind.DEADLINE_PASSED, activity, key, proposal);
            } else if ("end".equals(event) && "ballotRule".equals(activity)) {
                Object outcome = execution.getVariable("ballotOutcome");
                tell(people(execution, true), Kind.BALLOT_RESULT, Kind.BALLOT_RESULT.name(), key, proposal,
                        new DefaultMessageSourceResolvable("notification.outcome." + outcome),
                        execution.getVariable("approve"), execution.getVariable("disapprove"),
                        execution.getVariable("abstain"), execution.getVariable("eligible"));
            } else if ("end".equals(event) && "publishEdition".equals(activity)) {
                tell(people(execution, true), Kind.PUBLISHED, Kind.PUBLISHED.name(), "published:" + proposal, proposal,
                        proposals.find(proposal).approvedNumber());
            }
        });
    }

    /** The proposer and the secretariat; with the voters of the last ballot if asked. */
    private Set<String> people(DelegateExecution execution, boolean voters) {
        Set<String> people = new LinkedHashSet<>();
        if (execution.getVariable("proposerId") instanceof String proposer) {
            people.add(proposer);
        }
        people.addAll(addressbook.membersOf("secretariat"));
        if (voters && execution.getVariable("voters") instanceof Collection<?> list) {
            list.forEach(v -> people.add(String.valueOf(v)));
        }
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
        try {
            return proposals.find(proposal).title();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A task's due date as mails write it: to the minute, in the configured zone. */
    String due(Date due) {
        return due == null ? "—" : times.minute(due.toInstant());
    }

    /** A notification must never stop the review: failures are logged, not thrown into the engine. */
    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Notification not queued: {}", e.getMessage(), e);
        }
    }
}
