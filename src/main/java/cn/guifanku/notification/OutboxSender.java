package cn.guifanku.notification;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Drains the outbox on one node. Several nodes (or threads) may drain at once: each message is claimed atomically
 * before it is sent, so exactly one of them sends it; a failure is retried later with a doubling wait, and a claim
 * older than the lock time (a node that died between claim and send) is released for another node.
 * <p>
 * Once per cluster, with one caveat that no outbox can remove: a node that dies after the SMTP server accepted a
 * message but before it marked it sent leaves the claim to expire, and the message is sent again.
 */
final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final String node;
    private final Clock clock;

    OutboxSender(OutboxRepository outbox, JavaMailSender mail, NotificationProperties properties, String node, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.node = node;
        this.clock = clock;
    }

    /** Sends what is due; returns how many messages this node sent. */
    int drain() {
        Instant now = clock.instant();
        int released = outbox.releaseStale(now.minus(properties.lockTime()));
        if (released > 0) {
            log.warn("Released {} outbox claims older than {}", released, properties.lockTime());
        }
        int sent = 0;
        for (long id : outbox.due(now, properties.batchSize())) {
            if (outbox.claim(id, node, clock.instant()) && send(outbox.find(id))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxRepository.Message message) {
        try {
            mail.send(mime -> {
                var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                helper.setFrom(new InternetAddress(properties.from()));
                helper.setTo(message.address());
                helper.setSubject(message.subject());
                helper.setText(message.body(), false);
                mime.setHeader("X-Guifanku-Notification", message.dedupeKey());
            });
        } catch (RuntimeException e) { // MailException, or a bad address
            boolean giveUp = message.attempts() + 1 >= properties.maxAttempts();
            Instant next = clock.instant().plus(properties.backoffAfter(message.attempts() + 1));
            outbox.failed(message.id(), node, String.valueOf(e.getMessage()), next, giveUp);
            log.warn("Mail {} to {} failed (attempt {}{}): {}", message.id(), message.address(), message.attempts() + 1,
                    giveUp ? ", giving up" : "", e.getMessage());
            return false;
        }
        if (!outbox.sent(message.id(), node, clock.instant())) {
            log.warn("Mail {} was sent but its claim had expired; raise guifanku.notification.lock-time", message.id());
        }
        return true;
    }
}
