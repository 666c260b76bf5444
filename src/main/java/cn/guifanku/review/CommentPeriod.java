package cn.guifanku.review;

import cn.guifanku.process.CommentPeriodSteps;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.ReviewProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The review's part of the model's 征求意见 steps: open the period, remind, close it. */
@Component
class CommentPeriod implements CommentPeriodSteps {

    private final Proposals proposals;
    private final Drafts drafts;
    private final ProposalHistory history;
    private final ReviewProperties settings;
    private final Clock clock;

    CommentPeriod(Proposals proposals, Drafts drafts, ProposalHistory history, ReviewProperties settings, Clock clock) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Period open(String proposalId, String actor, Duration length) {
        Instant now = clock.instant();
        Period period = CommentRules.period(now, length == null ? settings.commentPeriod() : length,
                settings.reminderBefore());
        var p = proposals.find(proposalId);
        history.record(new DraftSentForComments(UUID.randomUUID(), proposalId, actor, now, p.title(),
                drafts.head(p), period.deadline(), period.reminder(), history.when(period.deadline())));
        return period;
    }

    @Override
    public void remind(String proposalId, String actor) {
        history.record(new CommentReminderDue(UUID.randomUUID(), proposalId, actor, clock.instant()));
    }

    @Override
    public void close(String proposalId, String actor, boolean byDeadline) {
        history.record(new CommentPeriodClosed(UUID.randomUUID(), proposalId, actor, clock.instant(), byDeadline));
    }
}
