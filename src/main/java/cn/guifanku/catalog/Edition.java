package cn.guifanku.catalog;

import cn.guifanku.render.StandardMetadata;
import java.util.List;

/**
 * A published edition as readers see it today: the record, its computed status, what replaces it and what it
 * replaces, both by the record's rule ({@link Succession}), not by what a header says.
 */
public record Edition(PublishedEdition published, EditionStatus status, List<String> replacedBy, List<String> replaces) {

    public Edition {
        replacedBy = List.copyOf(replacedBy);
        replaces = List.copyOf(replaces);
    }

    /** An edition whose replacements are as its header names them (test data, tools). */
    public Edition(PublishedEdition published, EditionStatus status, List<String> replacedBy) {
        this(published, status, replacedBy, published.metadata().replaces());
    }

    public StandardMetadata metadata() {
        return published.metadata();
    }

    public String slug() {
        return published.slug();
    }

    public String key() {
        return published.editionKey();
    }

    public String number() {
        return published.metadata().number();
    }

    /** The Chinese title, for pages that name a standard by number and title. */
    public String titleZh() {
        return published.metadata().titleZh();
    }

    public boolean inForce() {
        return status == EditionStatus.CURRENT;
    }
}
