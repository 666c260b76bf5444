package cn.guifanku.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * The people's tasks of the review model ({@code bpmn/standard-review.bpmn}). Features name a task by this enum; only
 * the process knows the model's element ids.
 */
public enum Task {
    /** 立项审查, for the secretariat. */
    FORMAL_CHECK("formalCheck", "formalCheckDecision"),
    /** 修改提案, for the proposer of a returned proposal. */
    REVISE_PROPOSAL("reviseProposal"),
    /** 起草, for the proposer. */
    DRAFTING("drafting"),
    /** 征求意见 (open until its deadline or the secretariat closes it). */
    COMMENT_PERIOD("commentPeriod"),
    /** 意见处理, for the proposer. */
    DISPOSITION("disposition"),
    /** 投票, one per voting member. */
    VOTE("vote"),
    /** 结束投票, for the secretariat. */
    CLOSE_BALLOT("closeBallot"),
    /** 法定人数不足: extend or fail, for the secretariat. */
    QUORUM_DECISION("quorumDecision", "quorumDecision"),
    /** 批准, for the chair. */
    APPROVAL("approval", "approvalDecision"),
    /** 复审, for the secretariat. */
    PERIODIC_REVIEW("periodicReview", "reviewDecision");

    final String elementId;
    /** The variable the model's gateway reads the person's decision from, for tasks that decide something. */
    final String decisionVariable;

    Task(String elementId) {
        this(elementId, null);
    }

    Task(String elementId, String decisionVariable) {
        this.elementId = elementId;
        this.decisionVariable = decisionVariable;
    }

    /** The task's name in the message bundles ({@code task.<key>}), and in the JSON of {@code /api/tasks}. */
    public String key() {
        return elementId;
    }

    static Optional<Task> ofElement(String elementId) {
        return Arrays.stream(values()).filter(t -> t.elementId.equals(elementId)).findFirst();
    }
}
