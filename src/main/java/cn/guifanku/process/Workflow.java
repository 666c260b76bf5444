package cn.guifanku.process;

import cn.guifanku.web.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The one door to the process engine. Every call names the acting user, so Camunda's own history records who did it
 * ({@code setAuthenticatedUserId}); the process instance of a proposal is found by its business key. Callers name
 * tasks by {@link Task} and decisions by their own enums: the model's element ids, variables and messages stay here.
 * The engine runs in the caller's transaction (Camunda's starter uses the application's transaction manager), so a
 * decision that fails after the engine step leaves the engine unchanged too.
 */
@Service
public class Workflow {

    static final String PROCESS = "standard-review";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final DecisionService decisions;
    private final ProposalLifecycle lifecycle;

    Workflow(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
             DecisionService decisions, ProposalLifecycle lifecycle) {
        this.decisions = decisions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.lifecycle = lifecycle;
    }

    /** Starts the review of a proposal with the periods it keeps for its whole life; returns the process instance id. */
    public String start(String proposalId, String proposer, Duration commentPeriod, Period reviewInterval) {
        Map<String, Object> variables = Map.of("proposalId", proposalId, "proposerId", proposer,
                "commentPeriod", commentPeriod.toString(), "reviewInterval", reviewInterval.toString());
        return as(proposer, () -> runtime.startProcessInstanceByKey(PROCESS, proposalId, variables).getId());
    }

    /** The open task of a proposal that the user may work on (null: anyone's), if any. */
    public Optional<WorkItem> task(String proposalId, Task task, String user) {
        return openTasks(proposalId).stream()
                .filter(t -> t.task() == task && (user == null || t.assignee() == null || t.assignee().equals(user)))
                .findFirst();
    }

    /** Whether a proposal has this task open (for anyone). */
    public boolean isOpen(String proposalId, Task task) {
        return task(proposalId, task, null).isPresent();
    }

    /** Completes the proposal's open task as the acting user; 409 when it is not open (any more). */
    public void complete(String proposalId, Task task, String actor) {
        complete(proposalId, task, actor, Map.of());
    }

    /** Completes a deciding task ({@link Task#FORMAL_CHECK}, {@link Task#APPROVAL} …) with the person's decision. */
    public void decide(String proposalId, Task task, String actor, Enum<?> decision) {
        if (task.decisionVariable == null) {
            throw new IllegalArgumentException(task + " decides nothing");
        }
        complete(proposalId, task, actor, Map.of(task.decisionVariable, decision.name()));
    }

    /** The editor sends the draft out: {@link Task#DRAFTING} ends with the revision that goes out for comments. */
    public void sendForComments(String proposalId, String actor, String revision) {
        complete(proposalId, Task.DRAFTING, actor, Map.of("commentDraft", revision));
    }

    /** The secretariat extends a ballot without quorum to a new deadline. */
    public void extendBallot(String proposalId, String actor, Enum<?> extend, Instant deadline) {
        complete(proposalId, Task.QUORUM_DECISION, actor,
                Map.of(Task.QUORUM_DECISION.decisionVariable, extend.name(), "ballotDeadline", Date.from(deadline)));
    }

    /** The proposer withdraws the proposal: the model's withdrawal message. */
    public void withdraw(String proposalId, String actor, String reason) {
        as(actor, () -> {
            runtime.createMessageCorrelation("withdrawProposal").processInstanceBusinessKey(proposalId)
                    .setVariables(Map.of("withdrawalReason", reason == null ? "" : reason)).correlate();
            return null;
        });
    }

    /** The tasks open for a proposal. */
    public List<Task> openTaskKinds(String proposalId) {
        return openTasks(proposalId).stream().map(WorkItem::task).distinct().toList();
    }

    /** All open tasks of a proposal. */
    public List<WorkItem> openTasks(String proposalId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(proposalId).initializeFormKeys().list().stream()
                .map(t -> WorkItems.of(t, tasks, runtime)).flatMap(Optional::stream).toList();
    }

    /** Open tasks the user may do: assigned to them, or offered to one of their groups. */
    public List<WorkItem> tasksFor(String user, List<String> groups) {
        var query = tasks.createTaskQuery().or().taskAssignee(user);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        return query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .map(t -> WorkItems.of(t, tasks, runtime)).flatMap(Optional::stream).toList();
    }

    /** Open tasks with a due date before {@code before} (for reminders), soonest first. */
    public List<WorkItem> tasksDueBefore(Instant before) {
        return tasks.createTaskQuery().dueBefore(Date.from(before)).orderByDueDate().asc().list().stream()
                .map(t -> WorkItems.of(t, tasks, runtime)).flatMap(Optional::stream).toList();
    }

    /** Gives the failed publication of a proposal one more try, as the acting user; how many jobs were retried. */
    public int retryFailedPublication(String proposalId, String actor) {
        List<Job> failed = runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposalId).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).noRetriesLeft().list().stream())
                .toList();
        as(actor, () -> {
            failed.forEach(job -> management.setJobRetries(job.getId(), 1));
            return null;
        });
        if (!failed.isEmpty()) {
            lifecycle.enter(proposalId, Stage.PUBLISHING);
        }
        return failed.size();
    }

    /** The voting rule ({@code bpmn/ballot-rule.dmn}, latest version) applied to a tally's counts; empty if it says nothing. */
    public Optional<String> ballotOutcome(Map<String, Object> counts) {
        var result = decisions.evaluateDecisionTableByKey("ballot-rule", counts);
        return result.isEmpty() ? Optional.empty()
                : Optional.ofNullable(result.getFirstResult().getEntryMap().get("ballotOutcome")).map(Object::toString);
    }

    private void complete(String proposalId, Task task, String actor, Map<String, Object> variables) {
        WorkItem item = task(proposalId, task, task == Task.VOTE ? actor : null)
                .orElseThrow(() -> Problem.conflict("no-such-task", proposalId, task.key()));
        as(actor, () -> {
            try {
                tasks.complete(item.id(), new HashMap<>(variables));
            } catch (OptimisticLockingException e) {
                // Someone else's decision on the same proposal got there first.
                throw Problem.conflict("proposal-busy", proposalId);
            }
            return null;
        });
    }

    private <T> T as(String actor, Supplier<T> call) {
        identity.setAuthenticatedUserId(actor);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
