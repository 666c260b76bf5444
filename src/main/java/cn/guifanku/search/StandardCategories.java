package cn.guifanku.search;

import java.util.List;
import java.util.Optional;

/**
 * The categories of the 标准体系表, as search filters by them. Supplied by the feature that keeps the 体系表; without
 * one there are no categories and the filter is not offered.
 */
public interface StandardCategories {

    /** The category a standard belongs to, by its slug. */
    Optional<String> categoryOf(String slug);

    /** Every category, in the 体系表's order. */
    List<String> all();

    /** No 体系表: no categories, and no category filter. */
    StandardCategories NONE = new StandardCategories() {
        @Override
        public Optional<String> categoryOf(String slug) {
            return Optional.empty();
        }

        @Override
        public List<String> all() {
            return List.of();
        }
    };
}
