package cn.guifanku.process;

/** What the review model's steps ask of the proposal feature (its delegates in {@code ModelDelegates} call these). */
public interface ProposalSteps {

    /** 提案撤回: the proposer's withdrawal reached the process; the draft is kept and marked. */
    void withdrawn(String proposalId, String actor, String reason);

    /** 复审: the standard stays in force. */
    void standardConfirmed(String proposalId, String actor);

    /** 复审: the standard is withdrawn (废止) from today. */
    void standardWithdrawn(String proposalId, String actor);

    /** 复审: a revision starts as a new proposal by the same editor. */
    void revisionStarted(String proposalId, String actor);
}
