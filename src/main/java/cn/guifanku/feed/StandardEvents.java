package cn.guifanku.feed;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.StandardEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened to published standards, as feed entries: each edition's publication (when it was published), its
 * replacement (the day the replacing edition took effect) and a standard's withdrawal (the day it was withdrawn).
 * Only what has happened by today; dates are days in the configured zone.
 */
final class StandardEvents {

    private StandardEvents() {
    }

    static List<FeedItem> of(List<StandardEntry> standards, Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        Map<String, Edition> byNumber = standards.stream().flatMap(s -> s.editions().stream())
                .collect(Collectors.toMap(Edition::number, Function.identity(), (a, b) -> a));
        List<FeedItem> items = new ArrayList<>();
        for (StandardEntry standard : standards) {
            for (Edition edition : standard.editions()) {
                items.add(published(edition));
                if (edition.status() == EditionStatus.SUPERSEDED) {
                    items.add(replaced(edition, byNumber, zone));
                }
            }
            if (standard.status() == EditionStatus.WITHDRAWN && standard.withdrawnOn() != null) {
                items.add(withdrawn(standard, zone));
            }
        }
        return items.stream().filter(Objects::nonNull).filter(i -> !i.updated().isAfter(now))
                .sorted(Comparator.comparing(FeedItem::updated).reversed().thenComparing(FeedItem::id)).toList();
    }

    private static FeedItem published(Edition e) {
        var m = e.metadata();
        String summary = "发布日期 " + m.issued() + "，实施日期 " + m.effective() + "。"
                + (e.replaces().isEmpty() ? "" : "代替 " + String.join("、", e.replaces()) + "。");
        return new FeedItem("urn:guifanku:edition:" + e.slug() + ":" + e.key() + ":published",
                "发布：" + e.number() + " " + m.titleZh(), summary, "/standards/" + e.slug(), e.published().publishedAt(),
                e.slug());
    }

    private static FeedItem replaced(Edition e, Map<String, Edition> byNumber, ZoneId zone) {
        Edition by = e.replacedBy().stream().map(byNumber::get).filter(Objects::nonNull)
                .min(Comparator.comparing(r -> r.metadata().effective())).orElse(null);
        if (by == null) {
            return null;
        }
        return new FeedItem("urn:guifanku:edition:" + e.slug() + ":" + e.key() + ":superseded",
                "被代替：" + e.number() + " " + e.metadata().titleZh(),
                e.number() + " 自 " + by.metadata().effective() + " 起被 " + by.number() + "《" + by.metadata().titleZh()
                        + "》代替。", "/standards/" + e.slug(), start(by.metadata().effective(), zone), e.slug());
    }

    private static FeedItem withdrawn(StandardEntry s, ZoneId zone) {
        Edition last = s.headline();
        return new FeedItem("urn:guifanku:standard:" + s.slug() + ":withdrawn:" + s.withdrawnOn(),
                "废止：" + last.number() + " " + last.metadata().titleZh(),
                last.number() + " 自 " + s.withdrawnOn() + " 起废止。" + (s.withdrawalNote() == null ? "" : s.withdrawalNote()),
                "/standards/" + s.slug(), start(s.withdrawnOn(), zone), s.slug());
    }

    static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
