package cn.guifanku.proposal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permanent record of a proposal: every action with who, when and what. Camunda's own history may be cleaned up
 * after its time to live; this table never is. Each row is one {@link ProposalEvent}, written and published together
 * in the transaction of the change: if the change rolls back, neither the row nor the event exists.
 */
@Component
public class ProposalHistory {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final cn.guifanku.web.Times times;

    ProposalHistory(JdbcClient jdbc, ApplicationEventPublisher events, cn.guifanku.web.Times times) {
        this.jdbc = jdbc;
        this.events = events;
        this.times = times;
    }

    /** Writes the event's row and publishes the event; must run inside the change's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ProposalEvent event) {
        String detail = event.detail();
        jdbc.sql("insert into proposal_event (proposal_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(event.proposalId(), Timestamp.from(event.at()), event.actor() == null ? ProposalEvent.SYSTEM
                        : event.actor(), event.action().name(),
                        detail == null ? null : detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail)
                .update();
        events.publishEvent(event);
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

    /**
     * One row of the history. Its action is kept as written: a {@link ProposalAction} name, or a name an earlier
     * release wrote (rows are never rewritten).
     */
    public record Event(long id, Instant at, String actor, String action, String detail) {

        public boolean is(ProposalAction what) {
            return what.name().equals(action);
        }
    }
}
