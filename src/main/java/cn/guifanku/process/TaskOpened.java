package cn.guifanku.process;

import java.time.Instant;
import java.util.List;

/**
 * A task of the review waits for someone: created, or (re)assigned. Published in the engine's transaction, so it
 * exists if and only if the step that opened the task committed.
 *
 * @param actor who caused it (null for the process itself), so nobody is told of a task they just claimed
 */
public record TaskOpened(String taskId, Task task, String name, String assignee, List<String> candidateGroups,
                         String proposalId, Instant due, String actor) {

    public TaskOpened {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
