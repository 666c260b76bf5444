package cn.guifanku.review;

import java.time.Instant;

/**
 * A comment on a draft during 征求意见, anchored to a clause of the revision the reader saw, and its disposition.
 * Its author may change or withdraw it until the period closes; earlier wordings are kept (review_comment_change).
 *
 * @param type ge (一般), te (技术) or ed (编辑)
 * @param editedAt when its author last changed it (null: never)
 * @param withdrawnAt when its author withdrew it (null: it stands); a withdrawn comment is neither listed nor disposed of
 */
public record Comment(long id, String proposalId, String revision, String clauseId, String clauseLabel, String type,
                      String body, String proposedChange, String author, Instant createdAt, Disposition disposition,
                      String dispositionNote, String disposedBy, Instant disposedAt, Instant editedAt,
                      Instant withdrawnAt) {

    /** 采纳, 部分采纳, 不采纳. */
    public enum Disposition { ACCEPTED, PARTLY_ACCEPTED, REJECTED }

    public boolean isDisposed() {
        return disposition != null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** One earlier wording of a comment, and who changed it when ({@code EDITED} or {@code WITHDRAWN}). */
    public record Change(long commentId, Instant at, String actor, String kind, String type, String body,
                         String proposedChange) {
    }
}
