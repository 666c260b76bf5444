package cn.guifanku.proposal;

import cn.guifanku.catalog.Catalog;
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

    @Bean
    JavaDelegate recordWithdrawal(Proposals proposals) {
        return execution -> proposals.moveTo(execution.getBusinessKey(), Stage.WITHDRAWN, ProcessActor.of(execution),
                "WITHDRAWN", (String) execution.getVariable("withdrawalReason"));
    }

    @Bean
    JavaDelegate returnToDrafting(Proposals proposals) {
        return execution -> proposals.moveTo(execution.getBusinessKey(), Stage.DRAFTING, ProcessActor.of(execution),
                "RETURNED_TO_DRAFTING", String.valueOf(execution.getVariable("ballotOutcome")));
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
            Actor proposer = new Actor(p.proposer(), Set.of("EDITOR"));
            Proposal revision = proposals.create(new NewProposal(Proposal.Kind.REVISION, p.title(),
                    "复审后修订：" + p.scope(), "复审结论：修订（提案 " + p.id() + "）", p.targetSlug(), null), proposer);
            history.record(p.id(), ProcessActor.of(execution), "REVISION_STARTED", revision.id());
        };
    }
}
