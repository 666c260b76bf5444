package cn.guifanku.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
        List<Edition> result = new ArrayList<>(all.size());
        for (PublishedEdition edition : all) {
            List<PublishedEdition> replacements = all.stream().filter(other -> replaces(other, edition))
                    .sorted(Comparator.comparing((PublishedEdition e) -> e.metadata().effective())).toList();
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
