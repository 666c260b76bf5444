package cn.guifanku.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Comment c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into review_comment (proposal_id, revision, clause_id, clause_label, comment_type, body,
                    proposed_change, author, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.proposalId(), c.revision(), c.clauseId(), c.clauseLabel(), c.type(), c.body(),
                        c.proposedChange(), c.author(), Timestamp.from(c.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The comments that stand (not withdrawn), oldest first. */
    List<Comment> of(String proposalId) {
        return jdbc.sql("select * from review_comment where proposal_id = ? and withdrawn_at is null order by id")
                .param(proposalId).query(this::map).list();
    }

    /** The comment's new wording; the one it replaces is kept as a change. */
    void change(Comment before, String type, String body, String proposedChange, String actor, Instant at) {
        keep(before, "EDITED", actor, at);
        jdbc.sql("update review_comment set comment_type = ?, body = ?, proposed_change = ?, edited_at = ? where id = ?")
                .params(type, body, proposedChange, Timestamp.from(at), before.id()).update();
    }

    void withdraw(Comment before, String actor, Instant at) {
        keep(before, "WITHDRAWN", actor, at);
        jdbc.sql("update review_comment set withdrawn_at = ? where id = ?").params(Timestamp.from(at), before.id()).update();
    }

    private void keep(Comment before, String kind, String actor, Instant at) {
        jdbc.sql("insert into review_comment_change (comment_id, changed_at, actor, change_kind, comment_type, body, "
                        + "proposed_change) values (?, ?, ?, ?, ?, ?, ?)")
                .params(before.id(), Timestamp.from(at), actor, kind, before.type(), before.body(), before.proposedChange())
                .update();
    }

    /** Every earlier wording of a comment, oldest first. */
    List<Comment.Change> changes(long commentId) {
        return jdbc.sql("select * from review_comment_change where comment_id = ? order by id").param(commentId)
                .query((rs, n) -> new Comment.Change(rs.getLong("comment_id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("actor"), rs.getString("change_kind"), rs.getString("comment_type"),
                        rs.getString("body"), rs.getString("proposed_change"))).list();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select * from review_comment where id = ?").param(id).query(this::map).optional();
    }

    void dispose(long id, Comment.Disposition disposition, String note, String by, Instant at) {
        jdbc.sql("update review_comment set disposition = ?, disposition_note = ?, disposed_by = ?, disposed_at = ? where id = ?")
                .params(disposition.name(), note, by, Timestamp.from(at), id).update();
    }

    private Comment map(ResultSet rs, int n) throws SQLException {
        String disposition = rs.getString("disposition");
        Timestamp disposedAt = rs.getTimestamp("disposed_at");
        Timestamp editedAt = rs.getTimestamp("edited_at");
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new Comment(rs.getLong("id"), rs.getString("proposal_id"), rs.getString("revision"),
                rs.getString("clause_id"), rs.getString("clause_label"), rs.getString("comment_type"),
                rs.getString("body"), rs.getString("proposed_change"), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                disposition == null ? null : Comment.Disposition.valueOf(disposition),
                rs.getString("disposition_note"), rs.getString("disposed_by"),
                disposedAt == null ? null : disposedAt.toInstant(), editedAt == null ? null : editedAt.toInstant(),
                withdrawnAt == null ? null : withdrawnAt.toInstant());
    }
}
