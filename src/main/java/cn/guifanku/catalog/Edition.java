package cn.guifanku.catalog;

import cn.guifanku.render.StandardMetadata;
import java.util.List;

/** A published edition as readers see it today: the record, its computed status, and what replaces it. */
public record Edition(PublishedEdition published, EditionStatus status, List<String> replacedBy) {

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
}
