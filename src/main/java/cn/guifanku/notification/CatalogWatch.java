package cn.guifanku.notification;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.StandardEntry;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells subscribers what changed in the catalog: a new edition, an edition replaced (被代替), a standard withdrawn
 * (废止). Statuses are computed from dates, so an edition becomes replaced on its successor's 实施日期 without any
 * event: the watch compares each edition's status today with the status it last announced
 * (notification_edition_seen) and announces each change once. It runs every scan interval on every node; the
 * conditional insert or update of the seen row decides which node announces, in the same transaction as the mail.
 * The first scan of an installation only records what exists.
 */
@Component
class CatalogWatch {

    private static final Logger log = LoggerFactory.getLogger(CatalogWatch.class);

    private final Catalog catalog;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CategoryOfStandard categories;

    @Autowired
    CatalogWatch(Catalog catalog, Subscriptions subscriptions, Notifier notifier, JdbcClient jdbc,
                 TransactionTemplate transaction, ObjectProvider<CategoryOfStandard> categories) {
        this(catalog, subscriptions, notifier, jdbc, transaction, categories.getIfAvailable(() -> CategoryOfStandard.NONE));
    }

    CatalogWatch(Catalog catalog, Subscriptions subscriptions, Notifier notifier, JdbcClient jdbc,
                 TransactionTemplate transaction, CategoryOfStandard categories) {
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.categories = categories;
    }

    @Scheduled(fixedDelayString = "${guifanku.notification.scan-interval:PT15M}", initialDelayString = "PT1M")
    void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.warn("Catalog watch failed: {}", e.getMessage());
        }
    }

    /** Announces every change since the last scan; returns how many changes this node announced. */
    int scan() {
        Map<String, String> seen = jdbc.sql("select slug, edition_key, status from notification_edition_seen")
                .query((rs, n) -> Map.entry(rs.getString(1) + "/" + rs.getString(2), rs.getString(3))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean firstScan = seen.isEmpty();
        int announced = 0;
        for (StandardEntry standard : catalog.standards()) {
            for (Edition edition : standard.editions()) {
                String before = seen.get(edition.slug() + "/" + edition.key());
                if (before == null || !before.equals(edition.status().name())) {
                    announced += record(standard, edition, before, firstScan) ? 1 : 0;
                }
            }
        }
        return announced;
    }

    private boolean record(StandardEntry standard, Edition edition, String before, boolean firstScan) {
        try {
            return Boolean.TRUE.equals(transaction.execute(tx -> {
                String now = edition.status().name();
                if (before == null) {
                    jdbc.sql("insert into notification_edition_seen (slug, edition_key, status) values (?, ?, ?)")
                            .params(edition.slug(), edition.key(), now).update();
                    if (!firstScan && edition.status() != EditionStatus.SUPERSEDED) {
                        announce(standard, edition, Kind.NEW_EDITION, "new:" + edition.slug() + "/" + edition.key());
                    }
                    return true;
                }
                if (jdbc.sql("update notification_edition_seen set status = ? where slug = ? and edition_key = ? and status = ?")
                        .params(now, edition.slug(), edition.key(), before).update() != 1) {
                    return false; // another node got there first
                }
                if (edition.status() == EditionStatus.SUPERSEDED) {
                    announce(standard, edition, Kind.REPLACED, "replaced:" + edition.slug() + "/" + edition.key());
                } else if (edition.status() == EditionStatus.WITHDRAWN) {
                    announce(standard, edition, Kind.WITHDRAWN, "withdrawn:" + edition.slug());
                }
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // another node recorded this edition at the same moment
        }
    }

    private void announce(StandardEntry standard, Edition edition, Kind kind, String key) {
        Optional<String> category = categories.categoryOf(standard.slug());
        String replacedBy = String.join("，", edition.replacedBy());
        for (String follower : subscriptions.followers(standard.slug(), category)) {
            notifier.notify(follower, kind, key, "/standards/" + standard.slug(), edition.number(),
                    edition.metadata().titleZh(), replacedBy, String.valueOf(standard.withdrawnOn()),
                    String.valueOf(edition.metadata().effective()));
        }
    }
}
