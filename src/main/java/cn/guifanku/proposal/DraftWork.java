package cn.guifanku.proposal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Where slow draft work (checks that render the whole draft, sending it out) runs, so that no request thread waits
 * on Asciidoctor: controllers hand it a job and answer when it completes.
 */
@Component
class DraftWork implements AutoCloseable {

    private final ExecutorService executor = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "draft-work");
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> submit(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
