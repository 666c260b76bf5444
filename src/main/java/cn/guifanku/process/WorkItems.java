package cn.guifanku.process;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Camunda's task as a {@link WorkItem}; a task of another model (none today) is left out. */
final class WorkItems {

    private WorkItems() {
    }

    static Optional<WorkItem> of(org.camunda.bpm.engine.task.Task t, TaskService tasks, RuntimeService runtime) {
        return Task.ofElement(t.getTaskDefinitionKey()).map(kind -> new WorkItem(t.getId(), kind, t.getName(),
                t.getAssignee(), tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                        .map(l -> l.getGroupId()).toList(),
                runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
                        .getBusinessKey(),
                t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant()));
    }
}
