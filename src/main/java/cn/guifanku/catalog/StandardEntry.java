package cn.guifanku.catalog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

/**
 * One standard in the catalog: all its editions (newest first) and the one that speaks for it today
 * (the edition in force, else the newest one), whose status is the standard's status; {@code committeeId} is its
 * 归口 committee, whose members vote on its revisions.
 */
public record StandardEntry(String slug, String designation, LocalDate withdrawnOn, String withdrawalNote,
                            List<Edition> editions, Edition headline, String committeeId) {

    public EditionStatus status() {
        return headline.status();
    }

    /** The edition a library follows today (现行), if any. */
    public Optional<Edition> inForce() {
        return editions.stream().filter(e -> e.status() == EditionStatus.CURRENT).findFirst();
    }

    /** The edition approved and published but not yet in force (即将实施), if any: the newest such. */
    public Optional<Edition> upcoming() {
        return editions.stream().filter(e -> e.status() == EditionStatus.UPCOMING).findFirst();
    }

    /** Whether any of its editions is in that state today: how the catalog's status filter finds standards. */
    public boolean hasEdition(EditionStatus status) {
        return editions.stream().anyMatch(e -> e.status() == status);
    }

    /** What a library should follow: today's edition and, when another is approved, from when that one applies. */
    public Guidance guidance() {
        Optional<Edition> current = inForce();
        Optional<Edition> next = upcoming();
        if (current.isPresent()) {
            return new Guidance(next.isPresent() ? Guidance.Kind.FOLLOW_THEN_NEXT : Guidance.Kind.FOLLOW, current.get(),
                    next.orElse(null), null);
        }
        if (next.isPresent()) {
            return new Guidance(Guidance.Kind.NOT_YET, null, next.get(), null);
        }
        if (headline.status() == EditionStatus.WITHDRAWN) {
            return new Guidance(Guidance.Kind.WITHDRAWN, null, null, null);
        }
        return new Guidance(Guidance.Kind.REPLACED, null, null, headline.replacedBy().isEmpty() ? null
                : headline.replacedBy().get(headline.replacedBy().size() - 1));
    }

    /**
     * One sentence for the standard's page and the catalog: what to follow today and from when the next edition applies.
     *
     * @param kind        which sentence ({@code standard.guidance.<kind>} in the bundles)
     * @param current     the edition in force (FOLLOW, FOLLOW_THEN_NEXT)
     * @param next        the upcoming edition (FOLLOW_THEN_NEXT, NOT_YET)
     * @param replacement the number of the standard that replaced it (REPLACED)
     */
    public record Guidance(Kind kind, Edition current, Edition next, String replacement) {

        public enum Kind { FOLLOW, FOLLOW_THEN_NEXT, NOT_YET, WITHDRAWN, REPLACED }

        public String messageKey() {
            return "standard.guidance." + kind.name();
        }
    }
}
