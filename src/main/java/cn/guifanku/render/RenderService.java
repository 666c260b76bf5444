package cn.guifanku.render;

import cn.guifanku.render.WorkerProtocol.Kind;
import cn.guifanku.render.WorkerProtocol.Request;
import cn.guifanku.render.WorkerProtocol.Result;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one render service: every render of the application (previews, checks, publications, committee documents) goes
 * through here to a few worker processes ({@link RenderWorkerMain}), each a JVM with its own heap, at a lower CPU
 * priority, killed when a render passes its CPU or wall time limit and replaced. At most {@code workers} renders run at
 * once, HTML-only ones on at most {@code html-workers}; a render that finds no free worker within {@code max-wait} is
 * refused ({@link RenderUnavailableException}, 503). Identical renders of one commit asked at the same time are made
 * once, and a commit refused for time or memory is refused again at once for a while (renders are reproducible).
 */
@Component
class RenderService implements StandardRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(RenderService.class);
    private static final int REMEMBERED_REFUSALS = 200;
    private static final Duration REMEMBER_REFUSAL = Duration.ofMinutes(10);

    private final RenderProperties properties;
    private final List<String> command;
    private final WorkerProtocol protocol;
    private final Semaphore all;
    private final Semaphore html;
    private final LinkedBlockingDeque<RenderWorker> idle = new LinkedBlockingDeque<>();
    private final List<RenderWorker> live = new CopyOnWriteArrayList<>();
    private final Map<Key, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();
    private final Map<Key, Refusal> refused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Refusal> eldest) {
            return size() > REMEMBERED_REFUSALS;
        }
    };
    /** Starts workers in the background (seconds each), so that the watch never waits for one. */
    private final java.util.concurrent.ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "render-worker-start");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "render-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    /** Workers being started in the background, and renders waiting for one of them rather than starting their own. */
    private final java.util.concurrent.atomic.AtomicInteger starting = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger awaitingStart = new java.util.concurrent.atomic.AtomicInteger();

    RenderService(RenderProperties properties) {
        this.properties = properties;
        this.command = WorkerCommand.of(properties);
        this.protocol = new WorkerProtocol(RenderWorkerMain.frameSize(properties.limits()));
        this.all = new Semaphore(properties.workers(), true);
        this.html = new Semaphore(properties.htmlWorkers(), true);
        watch.scheduleWithFixedDelay(this::watchWorkers, 250, 250, TimeUnit.MILLISECONDS);
        // Warm workers start with the application (a JVM, JRuby and a warm-up render take seconds), not on the first
        // editor's preview.
        for (int i = 0; i < properties.warmWorkers(); i++) {
            starter.execute(this::startIdleWorker);
        }
    }

    @Override
    public StandardMetadata readMetadata(SourceFiles files) {
        return call(new Request(Kind.METADATA, files.label(), SourceFiles.MAIN, null, null), files).metadata();
    }

    @Override
    public RenderedStandard render(SourceFiles files) {
        Result r = call(new Request(Kind.STANDARD, files.label(), SourceFiles.MAIN, null, null), files);
        return new RenderedStandard(r.metadata(), r.html(), r.pdf(), r.warnings());
    }

    @Override
    public RenderedStandard renderDraft(SourceFiles files, DraftStage stage, LocalDate date) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        Result r = call(new Request(Kind.DRAFT, files.label(), SourceFiles.MAIN, stage, date), files);
        return new RenderedStandard(r.metadata(), r.html(), r.pdf(), r.warnings());
    }

    @Override
    public byte[] renderDraftHtml(SourceFiles files, DraftStage stage, LocalDate date) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        return call(new Request(Kind.DRAFT_HTML, files.label(), SourceFiles.MAIN, stage, date), files).html();
    }

    @Override
    public byte[] renderHtml(SourceFiles files) {
        return call(new Request(Kind.HTML, files.label(), SourceFiles.MAIN, null, null), files).html();
    }

    @Override
    public RenderedDocument renderDocument(SourceFiles files, String mainFile) {
        Result r = call(new Request(Kind.DOCUMENT, files.label(), mainFile, null, null), files);
        return new RenderedDocument(r.title(), r.html(), r.pdf(), r.warnings());
    }

    /** How many workers are rendering now. */
    int busyWorkers() {
        return (int) live.stream().filter(w -> w.current() != null).count();
    }

    private Result call(Request request, SourceFiles files) {
        Key key = Key.of(request, files);
        if (key == null) {
            return dispatch(request, files);
        }
        synchronized (refused) {
            Refusal known = refused.get(key);
            if (known != null && System.nanoTime() - known.atNanos() < REMEMBER_REFUSAL.toNanos()) {
                throw new RenderFailedException(files.label(), known.problems());
            }
        }
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return joined(running, files); // the same render of the same commit is under way: share it
        }
        try {
            Result result = dispatch(request, files);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            if (e instanceof RenderWorker.Stopped stopped && stopped.sameEveryTime()) {
                synchronized (refused) {
                    refused.put(key, new Refusal(stopped.problems(), System.nanoTime())); // it would be again
                }
            }
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static Result joined(CompletableFuture<Result> running, SourceFiles files) {
        try {
            return running.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderFailedException failed) {
                throw new RenderFailedException(files.label(), failed.problems());
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RenderUnavailableException.busy(Duration.ZERO);
        }
    }

    private Result dispatch(Request request, SourceFiles files) {
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        Semaphore lane = request.kind().full() ? null : html;
        if (!acquire(lane, deadline)) {
            throw RenderUnavailableException.busy(properties.maxWait());
        }
        try {
            if (!acquire(all, deadline)) {
                throw RenderUnavailableException.busy(properties.maxWait());
            }
            try {
                return onAWorker(request, files);
            } finally {
                all.release();
            }
        } finally {
            if (lane != null) {
                lane.release();
            }
        }
    }

    /** Holding a permit: an idle worker, or a new one; a worker that dies under a render is replaced once. */
    private Result onAWorker(Request request, SourceFiles files) {
        for (int attempt = 0; ; attempt++) {
            RenderWorker worker = idle.pollFirst();
            while (worker != null && !worker.isAlive()) {
                live.remove(worker);
                worker = idle.pollFirst();
            }
            if (worker == null && awaitingStart.incrementAndGet() <= starting.get()) {
                worker = awaitStartingWorker(); // one is already on its way (seconds): take it rather than start another
            } else if (worker == null) {
                awaitingStart.decrementAndGet();
            }
            if (worker == null) {
                worker = startWorker();
            }
            boolean healthy = false;
            try {
                Result result = worker.render(request, files, properties);
                healthy = true;
                return result;
            } catch (RenderFailedException e) {
                healthy = worker.isAlive();
                throw e;
            } catch (IOException e) {
                LOG.warn("render worker {} ended during a render of {}", worker.pid(), files.label(), e);
                if (attempt > 0) {
                    throw RenderUnavailableException.broken();
                }
            } finally {
                release(worker, healthy);
            }
        }
    }

    private void release(RenderWorker worker, boolean healthy) {
        if (healthy && !closed && worker.renders() < properties.recycleAfter()) {
            idle.offerFirst(worker); // the most recently used first: the others may go idle and stop
            return;
        }
        live.remove(worker);
        worker.close();
        if (!closed && live.size() < properties.warmWorkers()) {
            starter.execute(this::startIdleWorker); // killed or worn out: a fresh one, warm, before the next render
        }
    }

    private RenderWorker startWorker() {
        if (closed) {
            throw RenderUnavailableException.broken();
        }
        long started = System.nanoTime();
        RenderWorker worker;
        try {
            worker = RenderWorker.start(command, protocol);
        } catch (IOException e) {
            LOG.error("cannot start a render worker: {}", command, e);
            throw RenderUnavailableException.broken();
        }
        live.add(worker);
        // Bounded by CPU time: a lower-priority worker on a machine busy with readers starts slowly by the clock (minutes),
        // and killing it then would only spend the same CPU again.
        var timeout = watch.scheduleWithFixedDelay(() -> {
            if (worker.cpu().compareTo(properties.startCpuLimit()) > 0) {
                LOG.warn("render worker {} passed its CPU time to start: killed", worker.pid());
                worker.kill(RenderWorker.Stop.CPU);
            } else if (worker.age().compareTo(properties.startTimeout()) > 0) {
                LOG.warn("render worker {} passed its time to start: killed", worker.pid());
                worker.kill(RenderWorker.Stop.TIME);
            }
        }, 1, 1, TimeUnit.SECONDS);
        try {
            worker.awaitReady();
            LOG.debug("render worker {} ready after {} ms", worker.pid(), (System.nanoTime() - started) / 1_000_000);
            return worker;
        } catch (IOException e) {
            live.remove(worker);
            worker.kill(null);
            LOG.error("render worker {} did not start", worker.pid(), e);
            throw RenderUnavailableException.broken();
        } finally {
            timeout.cancel(false);
        }
    }

    private RenderWorker awaitStartingWorker() {
        try {
            return idle.pollFirst(properties.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            awaitingStart.decrementAndGet();
        }
    }

    private void startIdleWorker() {
        if (closed || live.size() >= properties.warmWorkers()) {
            return;
        }
        starting.incrementAndGet();
        try {
            RenderWorker worker = startWorker();
            if (closed) {
                worker.close();
            } else {
                idle.offerLast(worker);
            }
        } catch (RuntimeException e) {
            LOG.warn("no warm render worker for now; trying again in 30 s", e);
            if (!closed) {
                watch.schedule(() -> starter.execute(this::startIdleWorker), 30, TimeUnit.SECONDS);
            }
        } finally {
            starting.decrementAndGet();
        }
    }

    private static boolean acquire(Semaphore semaphore, long deadline) {
        if (semaphore == null) {
            return true;
        }
        try {
            return semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every quarter second: kill renders over their limits; stop workers idle for long beyond the warm ones. */
    private void watchWorkers() {
        try {
            for (RenderWorker worker : live) {
                Request current = worker.current();
                if (current != null) {
                    if (worker.cpuOfCurrentRender().compareTo(properties.cpuLimit(current.kind())) > 0) {
                        LOG.warn("render of {} passed its CPU limit: worker {} killed", current.label(), worker.pid());
                        worker.kill(RenderWorker.Stop.CPU);
                    } else if (worker.busyFor().compareTo(properties.timeLimit(current.kind())) > 0) {
                        LOG.warn("render of {} passed its time limit: worker {} killed", current.label(), worker.pid());
                        worker.kill(RenderWorker.Stop.TIME);
                    }
                }
            }
            if (live.size() > properties.warmWorkers()) {
                RenderWorker oldest = idle.peekLast();
                if (oldest != null && oldest.idleFor().compareTo(properties.idleTimeout()) > 0 && idle.removeLastOccurrence(oldest)) {
                    live.remove(oldest);
                    oldest.close();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("render watch", e);
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        watch.shutdownNow();
        starter.shutdownNow();
        for (RenderWorker worker : new ArrayList<>(live)) {
            worker.kill(RenderWorker.Stop.SHUTDOWN);
        }
        live.clear();
        idle.clear();
    }

    private record Refusal(List<RenderProblem> problems, long atNanos) {
    }

    /** A render of one commit's folder, which gives the same bytes every time. Null for anything else (unsaved text). */
    private record Key(Kind kind, String folder, String commit, String mainFile, DraftStage stage, LocalDate date) {

        static Key of(Request request, SourceFiles files) {
            return files instanceof FolderAtRevision f ? new Key(request.kind(), f.folder(), f.commitId(),
                    request.mainFile(), request.stage(), request.date()) : null;
        }
    }
}
