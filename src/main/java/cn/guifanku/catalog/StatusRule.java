package cn.guifanku.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes each edition's status on a given day, and what replaces what.
 *
 * <p>Replacement ({@link Succession}): within a standard an edition is replaced by its direct successor only (the next
 * edition by issue date), whatever the successor's header names; across standards, by any edition of another standard
 * that names it in {@code std-replaces}.
 *
 * <p>Status:
 * <ol>
 * <li>被代替 when an edition replacing it is in force;</li>
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
        Map<PublishedEdition, Integer> position = new IdentityHashMap<>();
        Map<String, List<PublishedEdition>> bySlug = new HashMap<>();
        Map<String, List<PublishedEdition>> byReplacedNumber = new HashMap<>();
        for (PublishedEdition edition : all) {
            position.put(edition, position.size());
            bySlug.computeIfAbsent(edition.slug(), k -> new ArrayList<>()).add(edition);
        }
        Comparator<PublishedEdition> order = Succession.ORDER.thenComparing(position::get);
        bySlug.values().forEach(editions -> editions.sort(order));
        for (PublishedEdition edition : all) {
            for (String number : Succession.namedFromOtherStandards(edition)) {
                byReplacedNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(edition);
            }
        }
        List<Edition> result = new ArrayList<>(all.size());
        for (PublishedEdition edition : all) {
            List<PublishedEdition> sameStandard = bySlug.get(edition.slug());
            int at = sameStandard.indexOf(edition);
            List<PublishedEdition> replacements = new ArrayList<>();
            if (at + 1 < sameStandard.size()) {
                replacements.add(sameStandard.get(at + 1));
            }
            replacements.addAll(byReplacedNumber.getOrDefault(edition.metadata().number(), List.of()));
            replacements.sort(Comparator.comparing((PublishedEdition e) -> e.metadata().effective()).thenComparing(position::get));
            List<String> replaces = new ArrayList<>();
            if (at > 0) {
                replaces.add(sameStandard.get(at - 1).metadata().number());
            }
            replaces.addAll(Succession.namedFromOtherStandards(edition));
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
            result.add(new Edition(edition, status, replacements.stream().map(r -> r.metadata().number()).toList(),
                    List.copyOf(replaces)));
        }
        return result;
    }
}
