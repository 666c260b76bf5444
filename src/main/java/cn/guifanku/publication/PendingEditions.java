package cn.guifanku.publication;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.content.Author;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, finds editions committed to main (an {@code Edition: <slug>/<key>} trailer) that are not yet in the catalog
 * and queues them: the samples on first start, and anything a stop interrupted. An edition whose publication failed
 * at that same commit is not retried on every start; its report stays visible until its source is fixed. With several
 * nodes each one queues them at its start; the publication lock makes the first publish and the others find it done.
 */
@Component
class PendingEditions {

    static final Author SAMPLES = new Author("规范库样例导入", "samples@guifanku.invalid");
    private static final Logger log = LoggerFactory.getLogger(PendingEditions.class);

    private final ContentRepository content;
    private final Catalog catalog;
    private final PublicationAttempts attempts;
    private final PublicationQueue queue;
    private final PublicationLock lock;

    PendingEditions(ContentRepository content, Catalog catalog, PublicationAttempts attempts, PublicationQueue queue,
                    PublicationLock lock) {
        this.lock = lock;
        this.content = content;
        this.catalog = catalog;
        this.attempts = attempts;
        this.queue = queue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishPending() {
        // Under the cluster's publication lock no publication runs anywhere, so what is RUNNING was left by a stop.
        lock.whileHeld(() -> {
            attempts.forgetUnfinished();
            return null;
        });
        List<EditionCandidate> pending = find();
        if (!pending.isEmpty()) {
            log.info("Publishing {} pending edition(s) in the background: {}", pending.size(),
                    pending.stream().map(EditionCandidate::tagName).toList());
        }
        pending.forEach(c -> queue.submit(c, SAMPLES));
        queue.started();
    }

    List<EditionCandidate> find() {
        List<Revision> history = new ArrayList<>(content.history(ContentRepository.MAIN, null, Integer.MAX_VALUE));
        Collections.reverse(history); // oldest first, so editions publish in the order they were issued
        List<EditionCandidate> pending = new ArrayList<>();
        for (Revision revision : history) {
            String edition = revision.trailers().get("Edition");
            // Editions merged by the review process are published by its own (retried) step, not here.
            if (edition == null || revision.trailers().containsKey("Proposal")
                    || !edition.matches("[a-z0-9][a-z0-9.-]*/\\d{4}[a-z]?")) {
                continue;
            }
            String[] parts = edition.split("/");
            EditionCandidate candidate = new EditionCandidate(parts[0], parts[1], revision.id());
            if (!catalog.isPublished(parts[0], parts[1]) && !attempts.failedBefore(revision.id())) {
                pending.add(candidate);
            }
        }
        return pending;
    }
}
