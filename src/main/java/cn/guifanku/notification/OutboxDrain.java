package cn.guifanku.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node drains the outbox every poll interval when it sends (mode SMTP, or AUTO with spring.mail.host set);
 * the claims in {@link OutboxSender} make each message go out once. In mode OUTBOX (the embedded default) mail
 * stays in the outbox, to be read at /notifications/outbox.
 */
@Component
class OutboxDrain {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrain.class);

    private final OutboxSender sender;
    private final boolean sends;

    OutboxDrain(OutboxRepository outbox, ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
                Environment environment, Clock clock) {
        this.sends = properties.sends(environment.getProperty("spring.mail.host"));
        JavaMailSender smtp = mail.getIfAvailable();
        if (sends && smtp == null) {
            throw new IllegalStateException("guifanku.notification.mode=SMTP needs spring.mail.host");
        }
        this.sender = sends ? new OutboxSender(outbox, smtp, properties, nodeName(), clock) : null;
        log.info(sends ? "Notifications are sent by SMTP" : "Notifications stay in the outbox (/notifications/outbox)");
    }

    boolean sends() {
        return sends;
    }

    @Scheduled(fixedDelayString = "${guifanku.notification.poll-interval:PT30S}", initialDelayString = "PT20S")
    void drain() {
        if (sends) {
            try {
                sender.drain();
            } catch (RuntimeException e) {
                log.warn("Outbox drain failed: {}", e.getMessage());
            }
        }
    }

    /** Host name plus a random part: two nodes on one host (or one restarted) never share a claim. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
