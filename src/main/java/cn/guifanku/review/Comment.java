package cn.guifanku.review;

import java.time.Instant;

/**
 * A comment on a draft during 征求意见, anchored to a clause of the revision the reader saw, and its disposition.
 *
 * @param type ge (一般), te (技术) or ed (编辑)
 */
public record Comment(long id, String proposalId, String revision, String clauseId, String clauseLabel, String type,
                      String body, String proposedChange, String author, Instant createdAt, Disposition disposition,
                      String dispositionNote, String disposedBy, Instant disposedAt) {

    /** 采纳, 部分采纳, 不采纳. */
    public enum Disposition { ACCEPTED, PARTLY_ACCEPTED, REJECTED }

    public boolean isDisposed() {
        return disposition != null;
    }
}
