package cn.guifanku.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as people read them: in the one configured zone ({@code guifanku.time-zone}), never the JVM's.
 * History, 我的待办, mails, the audit trail and its CSV, feeds: every moment the product writes goes through here (pages
 * also through {@code #temporals}, which {@link ZonedTemporalsDialect} puts in the same zone).
 */
public class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public Times(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 2026-11-26 00:30}: a moment to the minute, as history, 我的待办 and mails show it. */
    public String minute(Instant instant) {
        return MINUTE.format(instant.atZone(zone));
    }

    /** {@code 2026-11-26 00:30:05}. */
    public String second(Instant instant) {
        return SECOND.format(instant.atZone(zone));
    }

    /** {@code 2026-11-26T00:30:05+08:00}: a moment with its offset, for exports and feeds (RFC 3339). */
    public String withOffset(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** The day a moment falls on here. */
    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first moment of a day here (an edition takes effect, a standard is withdrawn, at the start of its day). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** A wall-clock time typed in a form (a new deadline) as the moment it means here. */
    public Instant at(LocalDateTime wallClock) {
        return wallClock.atZone(zone).toInstant();
    }
}
