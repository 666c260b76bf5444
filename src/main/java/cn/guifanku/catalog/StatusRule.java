package cn.guifanku.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes each edition's status on a given day:
 * <ol>
 * <li>被代替 when an edition replacing it is in force: a later edition of the same standard, or any edition that
 *     names it in {@code std-replaces};</li>
 * <li>otherwise 废止 when its standard was withdrawn on or before that day;</li>
 * <li>otherwise 即将实施 when its 实施日期 is still to come;</li>
 * <li>otherwise 现行.</li>
 * </ol>
 */
final class StatusRule {

    private StatusRule() {
    }

    static List<Edition> apply(List<PublishedEdition> all, Map<String, LocalDate> withdrawnOn, LocalDate today) {
        // Indexes instead of comparing every edition with every other: the catalog reads all editions on each request.
        Map<String, List<PublishedEdition>> bySlug = new HashMap<>();
        Map<String, List<PublishedEdition>> byReplacedNumber = new HashMap<>();
        Map<PublishedEdition, Integer> position = new IdentityHashMap<>();
        for (PublishedEdition edition : all) {
            position.put(edition, position.size());
            bySlug.computeIfAbsent(edition.slug(), k -> new ArrayList<>()).add(edition);
            for (String number : edition.metadata().replaces()) {
                byReplacedNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(edition);
            }
        }
        List<Edition> result = new ArrayList<>(all.size());
        for (PublishedEdition edition : all) {
            Set<PublishedEdition> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
            candidates.addAll(bySlug.get(edition.slug()));
            candidates.addAll(byReplacedNumber.getOrDefault(edition.metadata().number(), List.of()));
            List<PublishedEdition> replacements = candidates.stream().filter(other -> replaces(other, edition))
                    .sorted(Comparator.comparing((PublishedEdition e) -> e.metadata().effective())
                            .thenComparing(position::get)).toList();
            boolean superseded = replacements.stream().anyMatch(r -> !r.metadata().effective().isAfter(today));
            LocalDate withdrawn = withdrawnOn.get(edition.slug());
            EditionStatus status;
            if (superseded) {
                status = EditionStatus.SUPERSEDED;
            } else if (withdrawn != null && !withdrawn.isAfter(today)) {
                status = EditionStatus.WITHDRAWN;
            } else if (edition.metadata().effective().isAfter(today)) {
                status = EditionStatus.UPCOMING;
            } else {
                status = EditionStatus.CURRENT;
            }
            result.add(new Edition(edition, status, replacements.stream().map(r -> r.metadata().number()).toList()));
        }
        return result;
    }

    private static boolean replaces(PublishedEdition later, PublishedEdition earlier) {
        if (later == earlier) {
            return false;
        }
        boolean named = later.metadata().replaces().contains(earlier.metadata().number());
        boolean newerOfSame = later.slug().equals(earlier.slug())
                && later.metadata().issued().isAfter(earlier.metadata().issued());
        return named || newerOfSame;
    }
}
