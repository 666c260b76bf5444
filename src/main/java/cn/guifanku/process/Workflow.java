package cn.guifanku.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The one door to the process engine. Every call names the acting user, so Camunda's own history records who
 * did it ({@code setAuthenticatedUserId}); the process instance of a proposal is found by its business key.
 * Keeping engine calls here keeps a later move (Operaton) mechanical.
 */
@Service
public class Workflow {

    public static final String PROCESS = "standard-review";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final DecisionService decisions;

    Workflow(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
             DecisionService decisions) {
        this.decisions = decisions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
    }

    /** Starts the review of a proposal; returns the process instance id. */
    public String start(String proposalId, String actor, Map<String, Object> variables) {
        return as(actor, () -> runtime.startProcessInstanceByKey(PROCESS, proposalId, variables).getId());
    }

    /** The open task of a proposal with this definition key that the user may work on, if any. */
    public Optional<WorkItem> task(String proposalId, String taskKey, String user) {
        return openTasks(proposalId).stream()
                .filter(t -> t.taskKey().equals(taskKey) && (user == null || t.assignee() == null || t.assignee().equals(user)))
                .findFirst();
    }

    /** Completes a task as the acting user, with the decision variables the model reads. */
    public void complete(WorkItem item, String actor, Map<String, Object> variables) {
        as(actor, () -> {
            tasks.complete(item.id(), new HashMap<>(variables));
            return null;
        });
    }

    /** All open tasks of a proposal. */
    public List<WorkItem> openTasks(String proposalId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(proposalId).initializeFormKeys().list().stream()
                .map(this::item).toList();
    }

    /** Open tasks the user may do: assigned to them, or offered to one of their groups. */
    public List<WorkItem> tasksFor(String user, List<String> groups) {
        var query = tasks.createTaskQuery().or().taskAssignee(user);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        return query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream().map(this::item).toList();
    }

    /** Open tasks with a due date before {@code before} (for reminders), soonest first. */
    public List<WorkItem> tasksDueBefore(java.time.Instant before) {
        return tasks.createTaskQuery().dueBefore(java.util.Date.from(before)).orderByDueDate().asc().list().stream()
                .map(this::item).toList();
    }

    /** Sends a message to a proposal's process (for example its withdrawal). */
    public void correlate(String message, String proposalId, String actor, Map<String, Object> variables) {
        as(actor, () -> {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(proposalId)
                    .setVariables(variables).correlate();
            return null;
        });
    }

    /** Whether the proposal's process is waiting at a step (a task or an event) with this id. */
    public boolean isAt(String proposalId, String activityId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(proposalId).activityId(activityId).count() > 0;
    }

    public Optional<Object> variable(String proposalId, String name) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposalId).list().stream().findFirst()
                .map(p -> runtime.getVariable(p.getId(), name));
    }

    /** Jobs of a proposal that ran out of retries: the step failed for good until someone retries it. */
    public List<Job> failedJobs(String proposalId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposalId).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).noRetriesLeft().list().stream())
                .toList();
    }

    /** Gives failed jobs of a proposal one more try, as the acting user. */
    public int retryFailedJobs(String proposalId, String actor) {
        List<Job> failed = failedJobs(proposalId);
        as(actor, () -> {
            failed.forEach(job -> management.setJobRetries(job.getId(), 1));
            return null;
        });
        return failed.size();
    }

    /** Evaluates a decision table of the deployed models (the latest version), for example the ballot rule on a live tally. */
    public Map<String, Object> decide(String decisionKey, Map<String, Object> variables) {
        var result = decisions.evaluateDecisionTableByKey(decisionKey, variables);
        return result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap();
    }

    private WorkItem item(Task t) {
        return new WorkItem(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                        .map(l -> l.getGroupId()).toList(),
                processBusinessKey(t), t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }

    private String processBusinessKey(Task t) {
        return runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
                .getBusinessKey();
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
