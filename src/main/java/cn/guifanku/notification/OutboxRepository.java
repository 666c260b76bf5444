package cn.guifanku.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table. Claims are atomic: {@link #claim} sets {@code claimed_by} only where it is still null, so of
 * several nodes (or threads) exactly one sees an update count of 1 for a row.
 */
@Component
class OutboxRepository {

    /** A message as the outbox holds it. */
    record Message(long id, String dedupeKey, String recipient, String address, Kind kind, String subject, String body,
                   String state, int attempts, Instant nextAttemptAt, String claimedBy, Instant createdAt,
                   Instant sentAt, String lastError, String path) {
    }

    /** A message to queue; {@code path} is the page it is about (for 我的待办), or null. */
    record Draft(String dedupeKey, String recipient, String address, Kind kind, String subject, String body, String path) {

        Draft(String dedupeKey, String recipient, String address, Kind kind, String subject, String body) {
            this(dedupeKey, recipient, address, kind, subject, body, null);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    OutboxRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Queues a message unless one with the same key was queued before; returns whether it was queued now. Two
     * deliveries of one event may queue the same message at once (delivery is at least once, and a delivery still
     * waiting in a busy pool may be resubmitted): the later insert then meets the first one's key in the unique index
     * and is undone to a savepoint, so the caller's transaction goes on (on PostgreSQL a failed statement would abort it).
     */
    boolean queue(Draft m, Instant now) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(status -> insert(m, now)));
        } catch (DuplicateKeyException queuedMeanwhile) {
            return false;
        }
    }

    private boolean insert(Draft m, Instant now) {
        Timestamp at = ts(now);
        return jdbc.sql("insert into notification_outbox (dedupe_key, recipient, address, kind, subject, body, state, "
                        + "attempts, next_attempt_at, created_at, path) select ?, ?, ?, ?, ?, ?, 'PENDING', 0, cast(? as timestamp), "
                        + "cast(? as timestamp), ? where not exists (select 1 from notification_outbox where dedupe_key = ?)")
                .params(m.dedupeKey(), m.recipient(), m.address(), m.kind().name(), m.subject(), m.body(), at, at,
                        m.path(), m.dedupeKey())
                .update() == 1;
    }

    /** Ids of pending, unclaimed messages whose time has come, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from notification_outbox where state = 'PENDING' and claimed_by is null "
                        + "and next_attempt_at <= ? order by id limit ?")
                .params(ts(now), limit).query(Long.class).list();
    }

    /** Claims a message for a node; true only for the one caller that set the claim. */
    boolean claim(long id, String node, Instant now) {
        return jdbc.sql("update notification_outbox set claimed_by = ?, claimed_at = ? "
                        + "where id = ? and claimed_by is null and state = 'PENDING'")
                .params(node, ts(now), id).update() == 1;
    }

    /** Releases claims of pending messages made before {@code before} (their node died or hangs). */
    int releaseStale(Instant before) {
        return jdbc.sql("update notification_outbox set claimed_by = null, claimed_at = null "
                        + "where state = 'PENDING' and claimed_by is not null and claimed_at < ?")
                .param(ts(before)).update();
    }

    /** Marks a message sent; the claim stays as the record of which node sent it. */
    boolean sent(long id, String node, Instant now) {
        return jdbc.sql("update notification_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "last_error = null where id = ? and claimed_by = ? and state = 'PENDING'")
                .params(ts(now), id, node).update() == 1;
    }

    /** Records a failed attempt: back to pending with the next try later, or FAILED after the last attempt. */
    void failed(long id, String node, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                        + "state = ?, claimed_by = null, claimed_at = null where id = ? and claimed_by = ?")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, ts(nextAttempt),
                        giveUp ? "FAILED" : "PENDING", id, node)
                .update();
    }

    Message find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(OutboxRepository::message).single();
    }

    /** The newest messages first, for the outbox page. */
    List<Message> newest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(OutboxRepository::message).list();
    }

    /** The newest messages to a person queued since a moment, newest first. */
    List<Message> toSince(String recipient, Instant since, int limit) {
        return jdbc.sql(SELECT + " where recipient = ? and created_at >= ? order by id desc limit ?")
                .params(recipient, ts(since), limit).query(OutboxRepository::message).list();
    }

    List<Message> to(String recipient) {
        return jdbc.sql(SELECT + " where recipient = ? order by id").param(recipient).query(OutboxRepository::message).list();
    }

    private static final String SELECT = "select id, dedupe_key, recipient, address, kind, subject, body, state, attempts, "
            + "next_attempt_at, claimed_by, created_at, sent_at, last_error, path from notification_outbox";

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("recipient"),
                rs.getString("address"), Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("body"), rs.getString("state"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("claimed_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")), rs.getString("last_error"),
                rs.getString("path"));
    }

    /** Millisecond precision, so the stored value is exactly the instant on H2 and PostgreSQL (no rounding up). */
    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
