package cn.guifanku.render;

import cn.guifanku.render.WorkerProtocol.Frame;
import cn.guifanku.render.WorkerProtocol.Request;
import cn.guifanku.render.WorkerProtocol.Result;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's handle on one render worker process ({@link RenderWorkerMain}): sends it a render, serves the files
 * it asks for, and kills it when told to ({@link RenderService} watches the time). One render at a time.
 */
final class RenderWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RenderWorker.class);
    private static final Logger WORKER_LOG = LoggerFactory.getLogger("cn.guifanku.render.worker");
    /** The JVM's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;

    /** Why the application stopped a worker, as the editor is told. */
    enum Stop { CPU, TIME, SHUTDOWN }

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final WorkerProtocol protocol;
    private final long startedNanos = System.nanoTime();
    private volatile Stop stopped;
    private volatile long busySinceNanos;
    private volatile Duration cpuAtStart;
    private volatile Request current;
    private volatile long idleSinceNanos = System.nanoTime();
    private int renders;

    private RenderWorker(Process process, WorkerProtocol protocol) {
        this.process = process;
        this.protocol = protocol;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** Starts a worker and waits until it has rendered its warm-up document (the caller bounds the wait by killing it). */
    static RenderWorker start(List<String> command, WorkerProtocol protocol) throws IOException {
        Process process = new ProcessBuilder(command).start();
        RenderWorker worker = new RenderWorker(process, protocol);
        Thread log = new Thread(() -> worker.pumpLog(), "render-worker-log-" + process.pid());
        log.setDaemon(true);
        log.start();
        return worker;
    }

    /** Blocks until the worker says it is ready. @throws IOException when it died first */
    RenderWorker awaitReady() throws IOException {
        Frame ready = protocol.read(fromWorker);
        if (ready.type() != WorkerProtocol.Type.READY) {
            throw new IOException("render worker " + pid() + " said " + ready.type() + " instead of READY");
        }
        LOG.info("render worker {} started in {} ms", pid(), (System.nanoTime() - startedNanos) / 1_000_000);
        return this;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return stopped == null && process.isAlive();
    }

    int renders() {
        return renders;
    }

    /** The render in progress, or null. */
    Request current() {
        return current;
    }

    Duration busyFor() {
        return Duration.ofNanos(System.nanoTime() - busySinceNanos);
    }

    Duration idleFor() {
        return current != null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - idleSinceNanos);
    }

    /** CPU time the worker has used since it started (all its threads). */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Wall time since the worker was started. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** CPU time the worker has used on the current render (all its threads: JRuby's compiler and collector too). */
    Duration cpuOfCurrentRender() {
        Duration now = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        Duration start = cpuAtStart;
        return start == null ? Duration.ZERO : now.minus(start);
    }

    /**
     * Renders {@code request}, serving {@code files}.
     *
     * @throws RenderFailedException the document's problems, or why the render was stopped (time, memory)
     * @throws IOException           the worker went away for another reason; it is dead
     */
    Result render(Request request, SourceFiles files, RenderProperties limits) throws IOException {
        cpuAtStart = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        busySinceNanos = System.nanoTime();
        current = request;
        renders++;
        try {
            protocol.write(toWorker, Frame.render(request));
            while (true) {
                Frame frame = protocol.read(fromWorker);
                switch (frame.type()) {
                    case READ -> protocol.write(toWorker, Frame.file(frame.path(), files.read(frame.path()).orElse(null)));
                    case READ_BYTES -> protocol.write(toWorker, Frame.bytes(frame.path(),
                            files.readBytes(frame.path()).orElse(null)));
                    case DONE -> {
                        return frame.result();
                    }
                    case FAILED -> throw new RenderFailedException(files.label(), frame.problems());
                    case CRASHED -> {
                        // The renderer itself failed (JRuby, a stack too deep): words for the editor, the rest logged.
                        LOG.warn("render of {} failed in worker {}: {}", files.label(), pid(), frame.error());
                        throw refusal(files, request, "渲染出错，已停止：文档的结构超出了渲染器的能力（例如嵌套过深或过于复杂），请简化后再试。");
                    }
                    default -> throw new IOException("unexpected " + frame.type() + " from render worker " + pid());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderFailedException refused) {
                throw refused;
            }
            // Dead, or out of step with us (a file could not be read): it is of no further use.
            Stopped stop = stopped(request, files, limits);
            kill(null);
            if (stop != null) {
                throw stop;
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        } finally {
            current = null;
            idleSinceNanos = System.nanoTime();
        }
    }

    /** Why the render ended with the worker, as the editor reads it; null when the worker ended for no reason of ours. */
    private Stopped stopped(Request request, SourceFiles files, RenderProperties limits) {
        Stop why = stopped;
        if (why == Stop.CPU) {
            return stoppedFor(files, request, true, "渲染用了超过 " + limits.cpuLimit(request.kind()).toSeconds()
                    + " 秒的处理器时间，已停止：文档过大或结构过于复杂。请删减内容（例如很长的表格、层层嵌套的块或属性引用）后再试。");
        }
        if (why == Stop.TIME) {
            return stoppedFor(files, request, false, "渲染超过 " + limits.timeLimit(request.kind()).toSeconds()
                    + " 秒仍未完成，已停止：文档过大或结构过于复杂，或服务器正忙。请删减内容后再试。");
        }
        if (why == null && exitStatus() == OUT_OF_MEMORY) {
            return stoppedFor(files, request, true, "渲染所需内存超过上限 " + SourceLimits.size(limits.workerHeap().toBytes())
                    + "，已停止：文档展开后过大。请删减内容（例如层层嵌套的属性引用）后再试。");
        }
        return null;
    }

    /** Kills the worker at once (SIGKILL): JRuby cannot be interrupted safely, a process can. */
    void kill(Stop why) {
        if (stopped == null && why != null) {
            stopped = why;
        }
        process.destroyForcibly();
    }

    /** Ends the worker gently: its input closes and it exits; killed if it does not within two seconds. */
    void close() {
        stopped = stopped == null ? Stop.SHUTDOWN : stopped;
        try {
            toWorker.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private int exitStatus() {
        try {
            return process.waitFor(500, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static RenderFailedException refusal(SourceFiles files, Request request, String message) {
        return new RenderFailedException(files.label(), List.of(problem(request, message)));
    }

    private static Stopped stoppedFor(SourceFiles files, Request request, boolean sameEveryTime, String message) {
        return new Stopped(files.label(), problem(request, message), sameEveryTime);
    }

    private static RenderProblem problem(Request request, String message) {
        String file = request.mainFile() == null ? SourceFiles.MAIN : request.mainFile();
        return new RenderProblem(file, null, RenderProblem.Severity.ERROR, message);
    }

    /**
     * A render the application stopped. {@code sameEveryTime}: stopped for CPU time or memory, which the same commit
     * would need again (renders are reproducible), unlike wall time, which a loaded machine stretches.
     */
    static final class Stopped extends RenderFailedException {
        private final boolean sameEveryTime;

        Stopped(String source, RenderProblem problem, boolean sameEveryTime) {
            super(source, List.of(problem));
            this.sameEveryTime = sameEveryTime;
        }

        boolean sameEveryTime() {
            return sameEveryTime;
        }
    }

    private void pumpLog() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ERROR") || line.startsWith("WARN")) {
                    WORKER_LOG.warn("[{}] {}", pid(), line);
                } else {
                    WORKER_LOG.info("[{}] {}", pid(), line);
                }
            }
        } catch (IOException e) {
            LOG.debug("log of render worker {} ended", pid(), e);
        }
    }
}
