package cn.guifanku.notification;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Queues one mail to one person in the outbox, in the caller's transaction: not to someone who turned the kind off,
 * has no address or is no longer active; never twice for the same key. The text comes from the bundle
 * i18n/notification in the person's language (Chinese unless they chose English), as plain text with a link.
 */
@Component
class Notifier {

    private final Addressbook addressbook;
    private final NotificationSettings settings;
    private final OutboxRepository outbox;
    private final MessageSource messages;
    private final cn.guifanku.web.PublicAddress site;
    private final Clock clock;

    Notifier(Addressbook addressbook, NotificationSettings settings, OutboxRepository outbox, MessageSource messages,
             cn.guifanku.web.PublicAddress site, Clock clock) {
        this.addressbook = addressbook;
        this.settings = settings;
        this.outbox = outbox;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    /**
     * @param key  what makes this notification unique for one person (the username is added)
     * @param path the page the mail links to, e.g. /proposals/42
     * @param args the arguments of the kind's subject and body messages (a MessageSourceResolvable is translated too)
     * @return whether a mail was queued now
     */
    boolean notify(String username, Kind kind, String key, String path, Object... args) {
        return notifyAs(username, kind, kind.name(), key, path, args);
    }

    /** Like {@link #notify(String, Kind, String, String, Object...)}, with the text of another letter of the kind. */
    boolean notifyAs(String username, Kind kind, String letter, String key, String path, Object... args) {
        var addressee = addressbook.find(username);
        if (addressee.isEmpty()) {
            return false;
        }
        NotificationSettings.Choice choice = settings.of(username);
        if (!choice.wants(kind)) {
            return false;
        }
        Locale locale = choice.language();
        String subject = text("notification.mail." + letter + ".subject", args, locale);
        String body = text("notification.mail.greeting", new Object[] {addressee.get().displayName()}, locale) + "\n\n"
                + text("notification.mail." + letter + ".body", args, locale) + "\n\n"
                + site.of(path) + "\n\n-- \n"
                + text("notification.mail.footer", new Object[] {site.of("/notifications/settings")}, locale)
                + "\n";
        return outbox.queue(new OutboxRepository.Draft(key + ":" + username, username, addressee.get().email(), kind,
                subject, body, path), clock.instant());
    }

    private String text(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, locale);
    }
}
