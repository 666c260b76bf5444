package cn.guifanku;

import cn.guifanku.process.BallotSteps;
import cn.guifanku.process.ProposalLifecycle;
import cn.guifanku.process.Stage;
import cn.guifanku.proposal.ProposalEvent;
import cn.guifanku.proposal.ProposalHistory;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests that put a proposal where they need it without walking the whole review: what the process's steps do,
 * each in its own transaction as the engine would run it.
 */
public record TestSteps(ProposalLifecycle lifecycle, BallotSteps ballots, ProposalHistory history,
                        TransactionTemplate transactions) {

    /** The process's 开始审查投票: the proposal enters the ballot and a round opens (acting: the secretariat). */
    public BallotSteps.Round openBallot(String proposalId) {
        return transactions.execute(tx -> {
            lifecycle.enter(proposalId, Stage.BALLOT);
            return ballots.open(proposalId, "secretary");
        });
    }

    /** The process's 统计票数, as when the secretariat closes the round. */
    public Map<String, Object> countBallot(String proposalId) {
        return transactions.execute(tx -> ballots.count(proposalId, "secretary", false));
    }

    /** The proposal now stands at this stage, as the process would move it. */
    public void enter(String proposalId, Stage stage) {
        transactions.executeWithoutResult(tx -> lifecycle.enter(proposalId, stage));
    }

    /** A step's history row and event, written as its feature writes it. */
    public void record(ProposalEvent event) {
        transactions.executeWithoutResult(tx -> history.record(event));
    }
}
