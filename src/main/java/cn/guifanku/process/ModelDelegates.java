package cn.guifanku.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review model's service tasks, one bean each, named as the model resolves them
 * ({@code camunda:delegateExpression="${<taskId>}"}). Each is a few lines: read the engine's variables, call the
 * feature's step, set what the model reads next, and say which {@link Stage} the proposal enters.
 */
@Configuration(proxyBeanMethods = false)
class ModelDelegates {

    @Bean
    JavaDelegate recordRejection(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.enter(execution.getBusinessKey(), Stage.REJECTED);
    }

    @Bean
    JavaDelegate recordWithdrawal(ProposalSteps steps, ProposalLifecycle lifecycle) {
        return execution -> {
            steps.withdrawn(execution.getBusinessKey(), ProcessActor.of(execution),
                    (String) execution.getVariable("withdrawalReason"));
            lifecycle.enter(execution.getBusinessKey(), Stage.WITHDRAWN);
        };
    }

    @Bean
    JavaDelegate returnToDrafting(ProposalLifecycle lifecycle) {
        // The step that led here (the count, the chair's return, the quorum decision) wrote the history.
        return execution -> lifecycle.enter(execution.getBusinessKey(), Stage.DRAFTING);
    }

    @Bean
    JavaDelegate openCommentPeriod(CommentPeriodSteps steps) {
        return execution -> {
            // The period copied into the process when it started, so a later change of settings does not move it.
            Object length = execution.getVariable("commentPeriod");
            CommentPeriodSteps.Period period = steps.open(execution.getBusinessKey(), ProcessActor.of(execution),
                    length == null ? null : Duration.parse(length.toString()));
            execution.setVariable("commentDeadline", Date.from(period.deadline()));
            execution.setVariable("commentReminder", Date.from(period.reminder()));
        };
    }

    @Bean
    JavaDelegate remindCommenters(CommentPeriodSteps steps) {
        return execution -> steps.remind(execution.getBusinessKey(), ProcessActor.of(execution));
    }

    @Bean
    JavaDelegate closeCommentPeriod(CommentPeriodSteps steps) {
        return execution -> {
            String actor = ProcessActor.of(execution);
            // The secretariat's early close is a person's call; the deadline's timer acts for nobody.
            steps.close(execution.getBusinessKey(), actor, ProcessActor.SYSTEM.equals(actor));
        };
    }

    @Bean
    JavaDelegate openBallot(BallotSteps steps) {
        return execution -> {
            BallotSteps.Round round = steps.open(execution.getBusinessKey(), ProcessActor.of(execution));
            execution.setVariable("voters", new ArrayList<>(round.voters()));
            execution.setVariable("ballotDeadline", Date.from(round.deadline()));
        };
    }

    @Bean
    JavaDelegate countVotes(BallotSteps steps) {
        return execution -> {
            String actor = ProcessActor.of(execution);
            execution.setVariables(steps.count(execution.getBusinessKey(), actor, ProcessActor.SYSTEM.equals(actor)));
        };
    }

    @Bean
    JavaDelegate extendBallot(BallotSteps steps) {
        return execution -> {
            Date deadline = (Date) execution.getVariable("ballotDeadline");
            execution.setVariable("voters", new ArrayList<>(
                    steps.extend(execution.getBusinessKey(), ProcessActor.of(execution), deadline.toInstant())));
        };
    }

    /** 发布 (asynchronous, retried R5/PT1M by the engine). */
    @Bean
    JavaDelegate publishEdition(PublicationSteps steps, ProposalLifecycle lifecycle) {
        return execution -> {
            steps.publish(execution.getBusinessKey(), ProcessActor.of(execution));
            lifecycle.enter(execution.getBusinessKey(), Stage.PUBLISHED);
        };
    }

    @Bean
    JavaDelegate confirmStandard(ProposalSteps steps) {
        return execution -> steps.standardConfirmed(execution.getBusinessKey(), ProcessActor.of(execution));
    }

    @Bean
    JavaDelegate withdrawStandard(ProposalSteps steps) {
        return execution -> steps.standardWithdrawn(execution.getBusinessKey(), ProcessActor.of(execution));
    }

    @Bean
    JavaDelegate startRevision(ProposalSteps steps) {
        return execution -> steps.revisionStarted(execution.getBusinessKey(), ProcessActor.of(execution));
    }
}
