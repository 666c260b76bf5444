package cn.guifanku.notification;

import java.util.Optional;

/**
 * The 标准体系表 category a standard belongs to (its code, e.g. "300"), so that a library subscribed to a category
 * hears of its standards. Another feature provides the bean; without one, no standard has a category.
 */
@FunctionalInterface
public interface CategoryOfStandard {

    Optional<String> categoryOf(String slug);

    /** The category of an entry of the 体系表 by its 体系编号 (a planned standard a new proposal fills, "4-02"). */
    default Optional<String> categoryOfEntry(String entryCode) {
        return Optional.empty();
    }

    /** Every category's name by its code ("4" → 读者服务), for pages that name a category. */
    default java.util.Map<String, String> names() {
        return java.util.Map.of();
    }

    /** No 体系表: no categories. */
    CategoryOfStandard NONE = slug -> Optional.empty();
}
