package cn.guifanku.publication;

import cn.guifanku.content.Author;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Publications run one at a time on their own thread (rendering is CPU- and memory-heavy), never on a request
 * thread. The queue knows what waits and what runs, so pages can show that work is under way.
 */
@Component
public class PublicationQueue {

    private final Publisher publisher;
    private final Executor executor;
    private final List<EditionCandidate> waiting = new CopyOnWriteArrayList<>();

    PublicationQueue(Publisher publisher, @Qualifier("publicationExecutor") Executor executor) {
        this.publisher = publisher;
        this.executor = executor;
    }

    public void submit(EditionCandidate candidate, Author by) {
        waiting.add(candidate);
        executor.execute(() -> {
            try {
                publisher.publish(candidate, by);
            } finally {
                waiting.remove(candidate);
            }
        });
    }

    /** Editions queued or being published now. */
    public List<EditionCandidate> inProgress() {
        return List.copyOf(waiting);
    }
}
