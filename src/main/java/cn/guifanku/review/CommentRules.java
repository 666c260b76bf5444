package cn.guifanku.review;

import cn.guifanku.process.CommentPeriodSteps;
import cn.guifanku.web.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The rules of 征求意见 and 意见处理, without the engine or the database. */
final class CommentRules {

    static final Set<String> TYPES = Set.of("ge", "te", "ed");

    private CommentRules() {
    }

    /** A period opened now: its deadline, and its reminder (at the deadline when the period is shorter than the notice). */
    static CommentPeriodSteps.Period period(Instant now, Duration length, Duration reminderBefore) {
        Instant deadline = now.plus(length);
        Instant reminder = deadline.minus(reminderBefore);
        return new CommentPeriodSteps.Period(deadline, reminder.isAfter(now) ? reminder : deadline);
    }

    /**
     * A comment has a known type (一般, 技术, 编辑), a clause and a text, each within its column's size (checked here,
     * before the database). Its label is the draft's, not the caller's (see {@link Comments#add}).
     */
    static void checkComment(Comments.NewComment c) {
        if (c.type() == null || !TYPES.contains(c.type())) {
            throw Problem.unprocessable("bad-comment-type", String.valueOf(c.type())).with("field", "type");
        }
        if (blank(c.body()) || blank(c.clauseId())) {
            throw Problem.unprocessable("comment-incomplete").with("field", blank(c.body()) ? "body" : "clauseId");
        }
        Problem.bounded("body", c.body(), 4000);
        Problem.bounded("proposedChange", c.proposedChange(), 4000);
        Problem.bounded("clauseId", c.clauseId(), 200);
    }

    /** Only 采纳 needs no reason: 部分采纳 and 不采纳 say why. */
    static void checkDisposition(Comment.Disposition disposition, String note) {
        if (disposition == null) {
            throw Problem.unprocessable("disposition-required").with("field", "disposition");
        }
        if (disposition != Comment.Disposition.ACCEPTED && blank(note)) {
            throw Problem.unprocessable("disposition-reason-required").with("field", "note");
        }
    }

    /** 意见处理 is finished only when every comment has its disposition. */
    static void checkAllDisposed(Collection<Comment> comments) {
        long open = comments.stream().filter(c -> !c.isDisposed()).count();
        if (open > 0) {
            throw Problem.conflict("comments-undisposed", open);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
