package cn.guifanku.process;

import java.time.Instant;
import java.util.List;

/** An open task of the review process: what is asked (task key and name), of whom, for which proposal, by when. */
public record WorkItem(String id, String taskKey, String name, String assignee, List<String> candidateGroups,
                       String proposalId, Instant created, Instant due) {

    public WorkItem {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
