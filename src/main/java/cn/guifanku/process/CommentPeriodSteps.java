package cn.guifanku.process;

import java.time.Duration;
import java.time.Instant;

/** What the review model's 征求意见 steps ask of the review feature. */
public interface CommentPeriodSteps {

    /** When a comment period ends, and when its reminder goes out. */
    record Period(Instant deadline, Instant reminder) {
    }

    /** The draft goes out for comments for {@code length} (the length the review started with). */
    Period open(String proposalId, String actor, Duration length);

    /** The period ends soon. */
    void remind(String proposalId, String actor);

    /** The period is over: by its deadline, or closed early by the secretariat. */
    void close(String proposalId, String actor, boolean byDeadline);
}
