package cn.guifanku.notification;

import cn.guifanku.MutableClock;
import cn.guifanku.TestDatabase;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.CatalogTestSupport;
import cn.guifanku.postgres.MigratedDatabases;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The notification feature on a fresh in-memory database, wired by hand as Spring would, without a context. */
record TestNotifications(TestDatabase db, MutableClock clock, NotificationProperties properties, OutboxRepository outbox,
                         NotificationSettings settings, Subscriptions subscriptions, Notifier notifier, Catalog catalog) {

    /** reader and library2 are readers, editor1 an editor; groups: secretariat = secretary. */
    static final Map<String, List<String>> GROUPS = Map.of("secretariat", List.of("secretary"));

    static TestNotifications create() {
        return create(TestDatabase.create());
    }

    /** On a fresh database of this kind, migrated as the application migrates it. */
    static TestNotifications create(MigratedDatabases.Vendor vendor) {
        return create(new TestDatabase(vendor.migratedDatabase()));
    }

    static TestNotifications create(TestDatabase db) {
        MutableClock clock = new MutableClock();
        clock.set(java.time.Instant.parse("2026-03-01T02:00:00Z"));
        NotificationProperties properties = new NotificationProperties("noreply@guifanku.test",
                NotificationProperties.Mode.SMTP, Duration.ofSeconds(30), Duration.ofMinutes(10), 3,
                Duration.ofMinutes(1), 50, Duration.ofDays(3), Duration.ofMinutes(15));
        OutboxRepository outbox = new OutboxRepository(db.jdbc(), db.transactions().getTransactionManager());
        NotificationSettings settings = new NotificationSettings(db.jdbc());
        Addressbook addressbook = new Addressbook() {
            @Override
            public Optional<Addressee> find(String username) {
                return Optional.of(new Addressee(username, username + " 图书馆", username + "@libraries.test"));
            }

            @Override
            public List<String> membersOf(String group) {
                return GROUPS.getOrDefault(group, List.of());
            }
        };
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/notification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Notifier notifier = new Notifier(addressbook, settings, outbox, messages,
                new cn.guifanku.web.PublicAddress("https://guifanku.test/", true), clock);
        var notifications = new TestNotifications(db, clock, properties, outbox, settings,
                new Subscriptions(db.jdbc(), clock), notifier, CatalogTestSupport.catalog(db.jdbc(), clock));
        for (String user : List.of("reader", "library2", "editor1", "secretary")) {
            notifications.person(user);
        }
        return notifications;
    }

    void person(String username) {
        db.jdbc().sql("insert into person (username, display_name, email, password_hash, created_at) values (?, ?, ?, 'x', ?)")
                .params(username, username, username + "@libraries.test", new Timestamp(0)).update();
    }

    CatalogWatch watch(CategoryOfStandard categories) {
        return new CatalogWatch(catalog, subscriptions, notifier, db.jdbc(), db.transactions(), categories);
    }

    /** A sender on its own node, sending to an SMTP server on this port. */
    OutboxSender sender(String node, int smtpPort) {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtpPort);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        mail.setJavaMailProperties(props);
        return new OutboxSender(outbox, mail, properties, node, clock);
    }
}
