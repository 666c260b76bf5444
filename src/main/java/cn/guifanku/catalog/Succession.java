package cn.guifanku.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule of who replaces whom (GB/T 1.1—2020: a revision names only the edition it directly replaces).
 * <ul>
 * <li>Within a standard, an edition is replaced by its direct successor only: the next edition by issue date. What a
 * successor's header says about its own standard's editions does not count; the record does.</li>
 * <li>A revision replaces exactly the newest edition of its standard that is published and neither withdrawn nor
 * replaced on the day it is approved: the edition in force or, when one is approved but not yet in force, the
 * upcoming one. A standard without such an edition (withdrawn, or replaced by another standard) has none to replace.</li>
 * <li>Across standards, an edition of one standard replaces the editions of others that its header names
 * ({@code :std-replaces:}), as the chair approved them.</li>
 * </ul>
 */
public final class Succession {

    /** Editions of one standard in the order they were issued (then took effect). */
    static final Comparator<PublishedEdition> ORDER = Comparator.comparing((PublishedEdition e) -> e.metadata().issued())
            .thenComparing(e -> e.metadata().effective());

    private Succession() {
    }

    /**
     * The edition a new edition of {@code standard} replaces when approved on the day its statuses were computed for:
     * the newest edition 现行 or 即将实施.
     */
    public static Optional<Edition> predecessorOfNext(StandardEntry standard) {
        return standard.editions().stream()
                .filter(e -> e.status() == EditionStatus.CURRENT || e.status() == EditionStatus.UPCOMING)
                .max(Comparator.comparing(Edition::published, ORDER));
    }

    /** The editions of a standard oldest first: the history a new edition's 前言 recounts. */
    public static List<Edition> history(StandardEntry standard) {
        return standard.editions().stream().sorted(Comparator.comparing(Edition::published, ORDER)).toList();
    }

    /** Numbers in an edition's header that name editions of other standards (its own standard's do not count). */
    static List<String> namedFromOtherStandards(PublishedEdition edition) {
        return edition.metadata().replaces().stream().filter(n -> !sameStandard(n, edition.slug())).toList();
    }

    private static boolean sameStandard(String number, String slug) {
        try {
            return StandardNumber.parse(number).slug().equals(slug);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
