package cn.guifanku.publication;

import cn.guifanku.content.Author;
import cn.guifanku.process.ProcessActor;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.Stage;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process's 发布 step (asynchronous, retried R5/PT1M by the engine): merge the approved draft, then publish the
 * merge commit. Every part is idempotent, keyed by the merge commit, so a retry after any failure publishes exactly once.
 */
@Configuration(proxyBeanMethods = false)
class PublicationSteps {

    static final Author SECRETARIAT = new Author("秘书处", "secretariat@guifanku.invalid");

    @Bean
    JavaDelegate publishEdition(Proposals proposals, EditionMerge merge, Publisher publisher) {
        return execution -> {
            Proposal p = proposals.find(execution.getBusinessKey());
            // What it replaces, as the record had it when the chair approved ("" none; null: approved before the
            // record was kept, so taken from the catalog now).
            Object replaces = execution.getVariable(cn.guifanku.proposal.ProposalDecisions.REPLACES_VARIABLE);
            String merged = merge.merge(p, new Author(p.proposer(), p.proposer() + "@users.guifanku.invalid"),
                    replaces == null ? null : java.util.Optional.of(replaces.toString()).filter(s -> !s.isBlank()));
            proposals.change(p.id(), q -> q.withPublication(merged, null));
            String key = p.approvedNumber().substring(p.approvedNumber().length() - 4);
            Publisher.Outcome outcome = publisher.publishOnce(new EditionCandidate(p.targetSlug(), key, merged), SECRETARIAT);
            if (!outcome.published()) {
                proposals.change(p.id(), q -> q.withPublication(merged, outcome.report()));
                throw new IllegalStateException("发布失败：" + outcome.report());
            }
            proposals.moveTo(p.id(), Stage.PUBLISHED, ProcessActor.of(execution), "PUBLISHED", p.approvedNumber());
        };
    }
}
