package cn.guifanku.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code guifanku.notification.*}). Links in mail start with the site's public address
 * ({@code guifanku.public-url}, {@link cn.guifanku.web.PublicAddress}).
 *
 * @param from        the sender address of every mail
 * @param mode        OUTBOX keeps mail in the outbox (shown at /notifications/outbox); SMTP sends it through
 *                    spring.mail.*; AUTO sends when spring.mail.host is set
 * @param pollInterval how often each node looks for mail to send
 * @param lockTime    a claim older than this is released (its node is taken for dead): keep it well above the SMTP timeouts
 * @param maxAttempts sending attempts before a message is marked FAILED
 * @param backoff     the wait after the first failure; it doubles with each further failure (at most six hours)
 * @param batchSize   messages one node claims per round
 * @param deadlineNotice how long before a task's due date its people are reminded
 * @param scanInterval how often the catalog (new editions, 被代替, 废止) and the due dates are checked
 */
@ConfigurationProperties("guifanku.notification")
record NotificationProperties(@DefaultValue("noreply@guifanku.invalid") String from,
                              @DefaultValue("AUTO") Mode mode,
                              @DefaultValue("PT30S") Duration pollInterval,
                              @DefaultValue("PT10M") Duration lockTime,
                              @DefaultValue("8") int maxAttempts,
                              @DefaultValue("PT1M") Duration backoff,
                              @DefaultValue("50") int batchSize,
                              @DefaultValue("P3D") Duration deadlineNotice,
                              @DefaultValue("PT15M") Duration scanInterval) {

    enum Mode { AUTO, OUTBOX, SMTP }

    /** Whether this node sends mail, given the configured spring.mail.host (null or blank when unset). */
    boolean sends(String mailHost) {
        return mode == Mode.SMTP || (mode == Mode.AUTO && mailHost != null && !mailHost.isBlank());
    }

    /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failures. */
    Duration backoffAfter(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait;
    }
}
