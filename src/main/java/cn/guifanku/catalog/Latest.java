package cn.guifanku.catalog;

import java.time.LocalDate;

/** What a standard's {@code latest} URL gives today. */
public sealed interface Latest {

    /** An edition is in force: {@code latest} redirects to it. */
    record InForce(Edition edition) implements Latest {
    }

    /** Published, but no edition is in force yet: 404, naming the edition and the day it takes effect. */
    record NotYetInForce(Edition upcoming) implements Latest {
    }

    /** Withdrawn: 410 Gone, naming the day; the old editions stay downloadable by their own URLs. */
    record Withdrawn(LocalDate on, Edition last) implements Latest {
    }

    /** Replaced by another standard: 410 Gone, naming the replacement. */
    record Replaced(Edition last, String replacedBy) implements Latest {
    }
}
