package cn.guifanku.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code publication_attempt} table: what publication is doing and what it did. */
@Repository
class PublicationAttempts {

    private final JdbcClient jdbc;

    PublicationAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(EditionCandidate candidate, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into publication_attempt (slug, edition_key, commit_id, state, started_at) values (?, ?, ?, ?, ?)")
                .params(candidate.slug(), candidate.editionKey(), candidate.commitId(), State.RUNNING.name(),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void finish(long id, State state, String report, Instant now) {
        jdbc.sql("update publication_attempt set state = ?, report = ?, finished_at = ? where id = ?")
                .params(state.name(), report == null ? null : abbreviate(report), Timestamp.from(now), id).update();
    }

    boolean failedBefore(String commitId) {
        return jdbc.sql("select count(*) from publication_attempt where commit_id = ? and state = 'FAILED'")
                .param(commitId).query(Integer.class).single() > 0;
    }

    /**
     * Forgets attempts left RUNNING by a stop half-way: a publication keeps nothing until its last step,
     * so they left nothing behind and their editions are simply pending again.
     */
    void forgetUnfinished() {
        jdbc.sql("delete from publication_attempt where state = 'RUNNING'").update();
    }

    List<Attempt> recent(int max) {
        return jdbc.sql("select * from publication_attempt order by id desc").query((rs, n) -> new Attempt(
                rs.getLong("id"), rs.getString("slug"), rs.getString("edition_key"), rs.getString("commit_id"),
                State.valueOf(rs.getString("state")), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getString("report"))).stream().limit(max).toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 20000 ? text : text.substring(0, 19990) + "\n…";
    }

    enum State { RUNNING, PUBLISHED, FAILED }

    record Attempt(long id, String slug, String editionKey, String commitId, State state, Instant startedAt,
                   Instant finishedAt, String report) {

        public String tagName() {
            return slug + "/" + editionKey;
        }
    }
}
