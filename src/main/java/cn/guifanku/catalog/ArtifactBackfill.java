package cn.guifanku.catalog;

import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, copies the files of published editions that only this node's folder holds (an installation from before
 * the database held them) into the database, so that a second node can serve them too. A no-op once done.
 */
@Component
class ArtifactBackfill {

    private static final Logger log = LoggerFactory.getLogger(ArtifactBackfill.class);

    private final Catalog catalog;
    private final ArtifactStore store;

    ArtifactBackfill(Catalog catalog, ArtifactStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void copyFilesIntoDatabase() {
        long missing = catalog.standards().stream().flatMap(s -> s.editions().stream())
                .flatMap(e -> Stream.of(e.published().html(), e.published().pdf()))
                .map(Artifact::sha256).distinct()
                .filter(sha -> !store.copyIntoDatabase(sha))
                .peek(sha -> log.warn("Rendered file {} is neither in the database nor in this node's folder", sha))
                .count();
        if (missing > 0) {
            log.warn("{} rendered file(s) missing: publish the editions again from a node that has them", missing);
        }
    }
}
