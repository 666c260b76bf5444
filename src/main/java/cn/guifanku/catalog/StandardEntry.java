package cn.guifanku.catalog;

import java.time.LocalDate;
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
}
