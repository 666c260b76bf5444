package cn.guifanku.proposal;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.content.Author;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import cn.guifanku.process.ProposalSteps;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The proposal's part of the review model's own steps: a withdrawal reaching the process, and 复审's outcomes. */
@Component
class ReviewOutcomes implements ProposalSteps {

    private final Proposals proposals;
    private final Drafts drafts;
    private final ProposalHistory history;
    private final ContentRepository content;
    private final Catalog catalog;
    private final Clock clock;

    ReviewOutcomes(Proposals proposals, Drafts drafts, ProposalHistory history, ContentRepository content,
                   Catalog catalog, Clock clock) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.history = history;
        this.content = content;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The draft branch is kept, marked by a tag {@code withdrawn/<id>} saying who and why. */
    @Override
    public void withdrawn(String proposalId, String actor, String reason) {
        Proposal p = proposals.find(proposalId);
        String tag = "withdrawn/" + p.id();
        if (content.resolve("refs/tags/" + tag).isEmpty()) {
            content.createTag(new TagRequest(tag, drafts.head(p), new Author(actor, actor + "@users.guifanku.invalid"),
                    OffsetDateTime.now(clock), "撤回提案 " + p.id() + (reason == null || reason.isBlank() ? "" : "：" + reason)));
            // Git takes no part in the transaction: a withdrawal rolled back takes its tag with it.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        content.deleteTag(tag);
                    }
                }
            });
        }
        history.record(new ProposalWithdrawn(UUID.randomUUID(), p.id(), actor, clock.instant(), reason));
    }

    @Override
    public void standardConfirmed(String proposalId, String actor) {
        history.record(new StandardConfirmed(UUID.randomUUID(), proposalId, actor, clock.instant()));
    }

    @Override
    public void standardWithdrawn(String proposalId, String actor) {
        Proposal p = proposals.find(proposalId);
        LocalDate today = LocalDate.now(clock);
        catalog.withdraw(p.targetSlug(), today, "复审结论：废止");
        String designation = catalog.find(p.targetSlug()).map(cn.guifanku.catalog.StandardEntry::designation).orElse(null);
        history.record(new EditionWithdrawn(UUID.randomUUID(), p.id(), actor, clock.instant(), p.targetSlug(), today,
                designation));
    }

    @Override
    public void revisionStarted(String proposalId, String actor) {
        Proposal p = proposals.find(proposalId);
        Actor proposer = new Actor(p.proposer(), Set.of(Role.EDITOR));
        Proposal revision = proposals.create(new NewProposal(Proposal.Kind.REVISION, p.title(),
                "复审后修订：" + p.scope(), "复审结论：修订（提案 " + p.id() + "）", p.targetSlug(), null), proposer);
        history.record(new RevisionStarted(UUID.randomUUID(), p.id(), actor, clock.instant(), revision.id()));
    }
}
