package cn.guifanku.proposal;

import cn.guifanku.process.ProposalLifecycle;
import cn.guifanku.process.Stage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of a proposal's stage, for the process ({@link ProposalLifecycle}). A stage move writes no history
 * row of its own: the step that caused it (a person's decision, the process's own step) wrote one.
 */
@Component
class ProposalStages implements ProposalLifecycle {

    private final ProposalRepository repository;

    ProposalStages(ProposalRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enter(String proposalId, Stage stage) {
        repository.moveTo(proposalId, stage);
    }
}
