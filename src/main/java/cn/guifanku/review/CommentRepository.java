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

    List<Comment> of(String proposalId) {
        return jdbc.sql("select * from review_comment where proposal_id = ? order by id").param(proposalId)
                .query(this::map).list();
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
        return new Comment(rs.getLong("id"), rs.getString("proposal_id"), rs.getString("revision"),
                rs.getString("clause_id"), rs.getString("clause_label"), rs.getString("comment_type"),
                rs.getString("body"), rs.getString("proposed_change"), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                disposition == null ? null : Comment.Disposition.valueOf(disposition),
                rs.getString("disposition_note"), rs.getString("disposed_by"),
                disposedAt == null ? null : disposedAt.toInstant());
    }
}
