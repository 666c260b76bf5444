package cn.guifanku.review;

import cn.guifanku.process.ProcessActor;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.ReviewProperties;
import cn.guifanku.proposal.Stage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process's steps around 征求意见: thin delegates that call the domain (bean names = BPMN task ids). */
@Configuration(proxyBeanMethods = false)
class CommentPeriodSteps {

    @Bean
    JavaDelegate openCommentPeriod(Proposals proposals, ReviewProperties settings, Clock clock, ProposalHistory history) {
        return execution -> {
            // The period copied into the process when it started, so a later change of settings does not move it.
            Object period = execution.getVariable("commentPeriod");
            Instant deadline = clock.instant().plus(period == null ? settings.commentPeriod()
                    : java.time.Duration.parse(period.toString()));
            Instant reminder = deadline.minus(settings.reminderBefore());
            execution.setVariable("commentDeadline", Date.from(deadline));
            execution.setVariable("commentReminder", Date.from(reminder.isAfter(clock.instant()) ? reminder : deadline));
            proposals.moveTo(execution.getBusinessKey(), Stage.COMMENTING, ProcessActor.of(execution),
                    "COMMENT_PERIOD_OPENED", "征求意见截止 " + history.when(deadline));
        };
    }

    @Bean
    JavaDelegate remindCommenters(ProposalHistory history) {
        return execution -> history.record(execution.getBusinessKey(), ProcessActor.of(execution),
                "COMMENT_REMINDER", "征求意见即将截止");
    }

    @Bean
    JavaDelegate closeCommentPeriod(Proposals proposals) {
        return execution -> proposals.moveTo(execution.getBusinessKey(), Stage.DISPOSITION, ProcessActor.of(execution),
                "COMMENT_PERIOD_CLOSED", null);
    }
}
