package cn.guifanku;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what the event publication registry still holds as incomplete: an event whose listener failed, or
 * whose node stopped (or died) between the commit that published it and the listener's commit. Spring Modulith 1.x
 * delivers to listeners on the publishing node only and does not coordinate nodes, so one node at a time does this,
 * holding a lease in the database (table {@code event_recovery_lease}, a conditional update, no lock held while
 * listeners run): at start, everything published before this node started (it cannot be in flight here); then every
 * {@code guifanku.events.recheck}, what is older than {@code guifanku.events.resubmit-after} (long enough for a
 * running listener to finish). Delivery is at least once; every listener is idempotent.
 */
@Component
class EventRecovery {

    private static final Logger log = LoggerFactory.getLogger(EventRecovery.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Duration resubmitAfter;
    private final Duration lease;
    private final String holder = "recovery-" + UUID.randomUUID();
    private final Instant started;

    EventRecovery(IncompleteEventPublications incomplete, JdbcClient jdbc,
                  @Value("${guifanku.events.resubmit-after:PT2M}") Duration resubmitAfter,
                  @Value("${guifanku.events.lease:PT1M}") Duration lease) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.resubmitAfter = resubmitAfter;
        this.lease = lease;
        this.started = Instant.now();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        recover(started);
    }

    @Scheduled(fixedDelayString = "${guifanku.events.recheck:PT1M}", initialDelayString = "${guifanku.events.recheck:PT1M}")
    void periodically() {
        recover(Instant.now().minus(resubmitAfter));
    }

    /** Resubmits incomplete publications from before {@code cutoff} if this node holds the lease; whether it did. */
    boolean recover(Instant cutoff) {
        try {
            if (!lease()) {
                return false;
            }
            incomplete.resubmitIncompletePublications(p -> p.getPublicationDate().isBefore(cutoff));
            return true;
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed: {}", e.getMessage(), e);
            return false;
        }
    }

    /** Takes (or keeps) the lease unless another node holds one that has not expired. */
    private boolean lease() {
        Instant now = Instant.now();
        return jdbc.sql("update event_recovery_lease set holder = ?, expires_at = ? "
                        + "where id = 1 and (expires_at < ? or holder = ?)")
                .params(holder, Timestamp.from(now.plus(lease)), Timestamp.from(now), holder).update() == 1;
    }
}
