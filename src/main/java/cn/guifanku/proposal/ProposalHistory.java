package cn.guifanku.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The permanent record of a proposal: every action with who, when and what. Camunda's own history may be
 * cleaned up after its time to live; this table never is.
 */
@Component
public class ProposalHistory {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final cn.guifanku.web.Times times;

    ProposalHistory(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events,
                    cn.guifanku.web.Times times) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.times = times;
    }

    /** Published, in the recording transaction, for every event recorded (the audit trail listens). */
    public record Recorded(String proposalId, String actor, String action, String detail) {
    }

    public void record(String proposalId, String actor, String action, String detail) {
        jdbc.sql("insert into proposal_event (proposal_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(proposalId, Timestamp.from(clock.instant()), actor == null ? "system" : actor, action,
                        detail == null ? null : detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail)
                .update();
        events.publishEvent(new Recorded(proposalId, actor == null ? "system" : actor, action, detail));
    }

    public List<Event> of(String proposalId) {
        return jdbc.sql("select * from proposal_event where proposal_id = ? order by id")
                .param(proposalId)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }

    /** A moment as the history writes it: to the minute, in the configured zone (whatever the server's). */
    public String when(java.time.Instant instant) {
        return times.minute(instant);
    }

    public record Event(long id, Instant at, String actor, String action, String detail) {
    }
}
