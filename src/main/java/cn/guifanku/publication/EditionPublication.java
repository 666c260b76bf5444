package cn.guifanku.publication;

import cn.guifanku.content.Author;
import cn.guifanku.process.PublicationSteps;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalEvent;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The process's 发布 step (asynchronous, retried R5/PT1M by the engine): merge the approved draft, then publish the
 * merge commit. Every part is idempotent, keyed by the merge commit, so a retry after any failure publishes exactly once.
 */
@Component
class EditionPublication implements PublicationSteps {

    static final Author SECRETARIAT = new Author("秘书处", "secretariat@guifanku.invalid");

    private final Proposals proposals;
    private final EditionMerge merge;
    private final Publisher publisher;
    private final ProposalHistory history;
    private final Clock clock;

    EditionPublication(Proposals proposals, EditionMerge merge, Publisher publisher, ProposalHistory history,
                       Clock clock) {
        this.proposals = proposals;
        this.merge = merge;
        this.publisher = publisher;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void publish(String proposalId, String actor) {
        Proposal p = proposals.find(proposalId);
        // What it replaces, as the record had it when the chair approved ("" none; null: approved before the record
        // was kept, so taken from the catalog now).
        String replaces = p.replacesEdition();
        String merged = merge.merge(p, new Author(p.proposer(), p.proposer() + "@users.guifanku.invalid"),
                replaces == null ? null : java.util.Optional.of(replaces).filter(s -> !s.isBlank()));
        proposals.change(p.id(), q -> q.withPublication(merged, null));
        String key = p.approvedNumber().substring(p.approvedNumber().length() - 4);
        Publisher.Outcome outcome = publisher.publishOnce(new EditionCandidate(p.targetSlug(), key, merged), SECRETARIAT);
        if (!outcome.published()) {
            proposals.change(p.id(), q -> q.withPublication(merged, outcome.report()));
            throw new IllegalStateException("发布失败：" + outcome.report());
        }
        history.record(new EditionPublished(UUID.randomUUID(), p.id(), actor, clock.instant(), p.targetSlug(), key,
                p.approvedNumber()));
    }

    @Override
    public void failed(String proposalId, String message) {
        proposals.change(proposalId, p -> p.withPublication(p.mergeCommit(), message));
        history.record(new PublicationFailed(UUID.randomUUID(), proposalId, ProposalEvent.SYSTEM, clock.instant(),
                message));
    }
}
