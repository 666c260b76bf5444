package cn.guifanku.proposal;

import cn.guifanku.security.Role;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.content.Author;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import java.time.OffsetDateTime;
import cn.guifanku.process.ProcessActor;
import cn.guifanku.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process's steps that change a proposal or its standard, as thin delegates (bean names = BPMN task ids). */
@Configuration(proxyBeanMethods = false)
class ProposalSteps {

    @Bean
    JavaDelegate recordRejection(Proposals proposals) {
        return execution -> proposals.moveTo(execution.getBusinessKey(), Stage.REJECTED, ProcessActor.of(execution),
                "REJECTED", null);
    }

    /** The process ends; the draft branch is kept, marked by a tag {@code withdrawn/<id>} saying who and why. */
    @Bean
    JavaDelegate recordWithdrawal(Proposals proposals, Drafts drafts, ContentRepository content, Clock clock) {
        return execution -> {
            Proposal p = proposals.find(execution.getBusinessKey());
            String actor = ProcessActor.of(execution);
            String reason = (String) execution.getVariable("withdrawalReason");
            String tag = "withdrawn/" + p.id();
            if (content.resolve("refs/tags/" + tag).isEmpty()) {
                content.createTag(new TagRequest(tag, drafts.head(p), new Author(actor, actor + "@users.guifanku.invalid"),
                        OffsetDateTime.now(clock), "撤回提案 " + p.id() + (reason == null || reason.isBlank() ? "" : "：" + reason)));
            }
            proposals.moveTo(p.id(), Stage.WITHDRAWN, actor, "WITHDRAWN", reason);
        };
    }

    @Bean
    JavaDelegate returnToDrafting(Proposals proposals) {
        return execution -> proposals.moveTo(execution.getBusinessKey(), Stage.DRAFTING, ProcessActor.of(execution),
                "RETURNED_TO_DRAFTING", "FAIL".equals(execution.getVariable("ballotOutcome"))
                        || "NO_QUORUM".equals(execution.getVariable("ballotOutcome")) ? "审查投票未通过" : "主任委员退回起草");
    }

    @Bean
    JavaDelegate confirmStandard(ProposalHistory history) {
        return execution -> history.record(execution.getBusinessKey(), ProcessActor.of(execution),
                "REVIEW_CONFIRMED", "复审结论：继续有效");
    }

    @Bean
    JavaDelegate withdrawStandard(Proposals proposals, ProposalHistory history, Catalog catalog, Clock clock) {
        return execution -> {
            Proposal p = proposals.find(execution.getBusinessKey());
            catalog.withdraw(p.targetSlug(), LocalDate.now(clock), "复审结论：废止");
            history.record(p.id(), ProcessActor.of(execution), "STANDARD_WITHDRAWN", p.targetSlug());
        };
    }

    @Bean
    JavaDelegate startRevision(Proposals proposals, ProposalHistory history) {
        return execution -> {
            Proposal p = proposals.find(execution.getBusinessKey());
            Actor proposer = new Actor(p.proposer(), Set.of(Role.EDITOR));
            Proposal revision = proposals.create(new NewProposal(Proposal.Kind.REVISION, p.title(),
                    "复审后修订：" + p.scope(), "复审结论：修订（提案 " + p.id() + "）", p.targetSlug(), null), proposer);
            history.record(p.id(), ProcessActor.of(execution), "REVISION_STARTED", revision.id());
        };
    }
}
