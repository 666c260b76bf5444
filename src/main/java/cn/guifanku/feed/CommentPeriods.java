package cn.guifanku.feed;

import cn.guifanku.review.DraftSentForComments;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When each draft went out for comments, as the comment feed dates it: kept from {@link DraftSentForComments}
 * (table {@code feed_comment_period}). Delivered at least once; the row's key (proposal and moment) makes it once.
 */
@Component
class CommentPeriods {

    /** A comment period's opening: when, and the history's words for it (its deadline). */
    record Opened(Instant at, String detail) {
    }

    private final JdbcClient jdbc;

    CommentPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DraftSentForComments event) {
        Timestamp at = Timestamp.from(event.at());
        if (jdbc.sql("select count(*) from feed_comment_period where proposal_id = ? and opened_at = ?")
                .params(event.proposalId(), at).query(Integer.class).single() == 0) {
            jdbc.sql("insert into feed_comment_period (proposal_id, opened_at, detail) values (?, ?, ?)")
                    .params(event.proposalId(), at, event.detail()).update();
        }
    }

    /** Proposal id → its latest comment period's opening. */
    Map<String, Opened> latest() {
        Map<String, Opened> latest = new HashMap<>();
        jdbc.sql("select proposal_id, opened_at, detail from feed_comment_period order by opened_at").query(rs -> {
            latest.put(rs.getString(1), new Opened(rs.getTimestamp(2).toInstant(), rs.getString(3)));
        });
        return latest;
    }
}
