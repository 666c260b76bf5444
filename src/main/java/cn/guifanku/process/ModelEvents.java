package cn.guifanku.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Translates the engine's own events (Camunda's Spring eventing bridge, {@code camunda.bpm.eventing.task} and
 * {@code .execution}, on by default; synchronous, in the engine's transaction) into the application's: a person's task
 * opening moves the proposal to its {@link Stage} and publishes {@link TaskOpened}; the review's approval moves it to
 * {@link Stage#PUBLISHING}. The model stays free of listeners.
 */
@Component
class ModelEvents {

    private final ProposalLifecycle lifecycle;
    private final ApplicationEventPublisher events;

    ModelEvents(ProposalLifecycle lifecycle, ApplicationEventPublisher events) {
        this.lifecycle = lifecycle;
        this.events = events;
    }

    @EventListener
    public void onTask(DelegateTask task) {
        if (!"create".equals(task.getEventName()) && !"assignment".equals(task.getEventName())) {
            return;
        }
        Task.ofElement(task.getTaskDefinitionKey()).ifPresent(kind -> {
            String proposal = task.getExecution().getProcessBusinessKey();
            if ("create".equals(task.getEventName())) {
                stageOf(kind).ifPresent(stage -> lifecycle.enter(proposal, stage));
            }
            Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            events.publishEvent(new TaskOpened(task.getId(), kind, task.getName(), task.getAssignee(),
                    task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList(),
                    proposal, task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    current == null ? null : current.getUserId()));
        });
    }

    @EventListener
    public void onExecution(DelegateExecution execution) {
        if ("start".equals(execution.getEventName()) && "reviewCompleted".equals(execution.getCurrentActivityId())) {
            lifecycle.enter(execution.getProcessBusinessKey(), Stage.PUBLISHING);
        }
    }

    /** The stage a proposal stands at while this task is open. */
    static java.util.Optional<Stage> stageOf(Task task) {
        return java.util.Optional.ofNullable(switch (task) {
            case FORMAL_CHECK -> Stage.PROPOSED;
            case REVISE_PROPOSAL -> Stage.RETURNED;
            case DRAFTING -> Stage.DRAFTING;
            case COMMENT_PERIOD -> Stage.COMMENTING;
            case DISPOSITION -> Stage.DISPOSITION;
            case VOTE, CLOSE_BALLOT, QUORUM_DECISION -> Stage.BALLOT;
            case APPROVAL -> Stage.APPROVAL;
            case PERIODIC_REVIEW -> null; // a published standard stays published while it is reviewed
        });
    }
}
