package cn.guifanku.render;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where slow rendering for a page runs (previews, checks that render the whole draft, the comment page, the
 * resolution table, the 体系表 table), so that no request thread waits on Asciidoctor: controllers hand it a job and
 * answer when it completes. One pool for the whole application, stopped with it. It has more threads than there are
 * render workers: a job waits for a worker in {@link RenderService}, which bounds the wait and then refuses (503),
 * not in this pool's queue, where nothing would bound it.
 */
@Component
public class RenderWork implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    RenderWork() {
        executor.setThreadNamePrefix("render-work-");
        executor.setCorePoolSize(6);
        executor.setMaxPoolSize(6);
        executor.setDaemon(true);
        executor.initialize();
    }

    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, executor);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
