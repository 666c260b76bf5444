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
    /** This run of work: how many were queued since the queue was last empty, and how many of them are done. */
    private int batch;
    private int finished;
    /** Until the editions pending at start are queued (the first start imports the samples first). */
    private volatile boolean starting = true;

    PublicationQueue(Publisher publisher, @Qualifier("publicationExecutor") Executor executor) {
        this.publisher = publisher;
        this.executor = executor;
    }

    public void submit(EditionCandidate candidate, Author by) {
        synchronized (this) {
            if (waiting.isEmpty()) {
                batch = 0;
                finished = 0;
            }
            batch++;
            waiting.add(candidate);
        }
        executor.execute(() -> {
            try {
                publisher.publish(candidate, by);
            } finally {
                synchronized (this) {
                    finished++;
                    waiting.remove(candidate);
                }
            }
        });
    }

    /** The editions pending at start are queued: from now on, an empty queue means nothing is on its way. */
    void started() {
        starting = false;
    }

    /**
     * What pages show while editions are published: whether the application is still finding (on a first start:
     * importing) what to publish, how many of this run are done and how many there are.
     */
    public synchronized Progress progress() {
        return new Progress(starting, waiting.isEmpty() ? 0 : finished, waiting.isEmpty() ? 0 : batch);
    }

    /** Publication's progress: {@code done} of {@code total} editions of this run; {@code starting} before they are known. */
    public record Progress(boolean starting, int done, int total) {

        public boolean publishing() {
            return total > done;
        }

        /** Per cent done, for a progress bar. */
        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }
    }

    /** Editions queued or being published now. */
    public List<EditionCandidate> inProgress() {
        return List.copyOf(waiting);
    }
}
