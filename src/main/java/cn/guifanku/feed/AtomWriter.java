package cn.guifanku.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with ROME: absolute links, a feed author every entry inherits, and every date
 * with the offset of the configured zone (2026-12-01T10:00:00+08:00), as a reader of the committee's feeds expects,
 * instead of ROME's UTC.
 */
final class AtomWriter {

    static final String MEDIA_TYPE = "application/atom+xml";
    /** The {@code updated} of a feed with no entries: a fixed moment, so the feed does not change while it is empty. */
    static final Instant EMPTY = Instant.parse("2026-01-01T00:00:00Z");

    private AtomWriter() {
    }

    /** What a feed is, apart from its entries: paths are relative to the application, {@code base} makes them absolute. */
    record Head(String id, String title, String subtitle, String selfPath, String pagePath) {
    }

    static Instant updated(List<FeedItem> items) {
        return items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(EMPTY);
    }

    static String write(Head head, List<FeedItem> items, String base, java.time.ZoneId zone) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(head.id());
        feed.setTitle(head.title());
        Content subtitle = new Content();
        subtitle.setType(Content.TEXT);
        subtitle.setValue(head.subtitle());
        feed.setSubtitle(subtitle);
        feed.setLanguage("zh-CN");
        feed.setUpdated(Date.from(updated(items)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + head.pagePath())));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, base + head.selfPath())));
        Person author = new Person();
        author.setName("规范库 · 全国图书馆标准化技术委员会");
        feed.setAuthors(List.of(author));
        feed.setGenerator(null);
        feed.setEntries(items.stream().map(item -> entry(item, base)).toList());
        try {
            return withOffsets(new WireFeedOutput().outputString(feed, true), zone);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + head.id() + " could not be written", e);
        }
    }

    private static final java.util.regex.Pattern UTC_DATE =
            java.util.regex.Pattern.compile("<(updated|published)>(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)</\\1>");

    /** ROME writes dates in UTC; the same moments, written with the zone's offset. */
    static String withOffsets(String xml, java.time.ZoneId zone) {
        return UTC_DATE.matcher(xml).replaceAll(m -> "<" + m.group(1) + ">"
                + java.time.Instant.parse(m.group(2)).atZone(zone).toOffsetDateTime()
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "</" + m.group(1) + ">");
    }

    private static Entry entry(FeedItem item, String base) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitle(item.title());
        entry.setUpdated(Date.from(item.updated()));
        entry.setPublished(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", base + item.path())));
        if (item.enclosure() != null) {
            entry.setOtherLinks(List.of(link("enclosure", "application/pdf", base + item.enclosure())));
        }
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(item.summary());
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
