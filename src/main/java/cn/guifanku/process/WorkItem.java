package cn.guifanku.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** An open task of the review process: what is asked (task and name), of whom, for which proposal, by when. */
public record WorkItem(String id, @JsonIgnore Task task, String name, String assignee, List<String> candidateGroups,
                       String proposalId, Instant created, Instant due) {

    public WorkItem {
        candidateGroups = List.copyOf(candidateGroups);
    }

    /** The task's key as the API has always named it ({@code formalCheck}, {@code vote} …). */
    @JsonProperty("taskKey")
    public String taskKey() {
        return task.key();
    }
}
