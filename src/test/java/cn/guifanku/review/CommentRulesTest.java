package cn.guifanku.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** The rules of 征求意见 and 意见处理 without Spring, the engine or a database. */
class CommentRulesTest {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aPeriodEndsAfterItsLengthAndRemindsBeforeItsEnd() {
        var period = CommentRules.period(NOW, Duration.ofDays(30), Duration.ofDays(5));
        assertThat(period.deadline()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(period.reminder()).isEqualTo(NOW.plus(Duration.ofDays(25)));
    }

    @Test
    void aPeriodShorterThanTheNoticeRemindsAtItsDeadline() {
        var period = CommentRules.period(NOW, Duration.ofDays(3), Duration.ofDays(5));
        assertThat(period.reminder()).isEqualTo(period.deadline());
    }

    @Test
    void aCommentNeedsAKnownTypeAClauseAndAText() {
        assertThat(status(() -> CommentRules.checkComment(comment("xx", "_范围", "正文")))).isEqualTo(422);
        assertThat(status(() -> CommentRules.checkComment(comment("te", " ", "正文")))).isEqualTo(422);
        assertThat(status(() -> CommentRules.checkComment(comment("te", "_范围", "")))).isEqualTo(422);
        assertThatCode(() -> CommentRules.checkComment(comment("ed", "_范围", "建议删去“的”"))).doesNotThrowAnyException();
    }

    @Test
    void onlyAnAcceptedCommentNeedsNoReason() {
        assertThatCode(() -> CommentRules.checkDisposition(Comment.Disposition.ACCEPTED, null)).doesNotThrowAnyException();
        assertThat(status(() -> CommentRules.checkDisposition(Comment.Disposition.REJECTED, " "))).isEqualTo(422);
        assertThat(status(() -> CommentRules.checkDisposition(Comment.Disposition.PARTLY_ACCEPTED, null))).isEqualTo(422);
        assertThat(status(() -> CommentRules.checkDisposition(null, "x"))).isEqualTo(422);
    }

    @Test
    void dispositionIsCompleteOnlyWhenEveryCommentHasOne() {
        Comment open = new Comment(1, "P1", "r", "_范围", "1", "te", "正文", null, "reader", NOW, null, null, null, null, null, null);
        Comment done = new Comment(2, "P1", "r", "_范围", "1", "te", "正文", null, "reader", NOW,
                Comment.Disposition.ACCEPTED, null, "editor1", NOW, null, null);
        assertThat(status(() -> CommentRules.checkAllDisposed(List.of(done, open)))).isEqualTo(409);
        assertThatCode(() -> CommentRules.checkAllDisposed(List.of(done))).doesNotThrowAnyException();
        assertThatCode(() -> CommentRules.checkAllDisposed(List.of())).doesNotThrowAnyException();
    }

    static Comments.NewComment comment(String type, String clause, String body) {
        return new Comments.NewComment(clause, "1 范围", type, body, null, null);
    }

    static int status(Runnable rule) {
        try {
            rule.run();
            return 0;
        } catch (ErrorResponseException e) {
            return e.getStatusCode().value();
        }
    }
}
