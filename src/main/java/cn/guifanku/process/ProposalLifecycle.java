package cn.guifanku.process;

/**
 * Where a proposal stands, written by the process only: the model's steps say which {@link Stage} a proposal enters
 * ({@code ModelStages}, the delegates, a retried publication), and the proposal feature keeps it. Pages and API read
 * the stage; they never set it.
 */
public interface ProposalLifecycle {

    /** The proposal now stands at this stage (nothing happens when it already does). */
    void enter(String proposalId, Stage stage);
}
