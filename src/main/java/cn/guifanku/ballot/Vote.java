package cn.guifanku.ballot;

import java.time.Instant;

/** A vote as cast; a member may change it while the round is open, and every change is kept. */
public record Vote(long id, long roundId, String voter, Position position, String reason, Instant castAt) {

    /** 同意, 不同意 (with a reason), 弃权. */
    public enum Position { APPROVE, DISAPPROVE, ABSTAIN }
}
