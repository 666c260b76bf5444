package cn.guifanku.render;

import cn.guifanku.render.WorkerProtocol.Frame;
import cn.guifanku.render.WorkerProtocol.Request;
import cn.guifanku.render.WorkerProtocol.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A render worker: a JVM of its own, started by {@link RenderService} with its own heap limit and a lower CPU
 * priority, that renders one document at a time with {@link AsciidoctorStandardRenderer} and answers over its standard
 * output ({@link WorkerProtocol}). It reads every file through the application, renders a small standard once at start
 * so the first real render finds fonts and code loaded, and ends when its input closes or the application is gone.
 * Killing it is how a render that takes too long is stopped: CPU and memory go back to the machine at once.
 */
public final class RenderWorkerMain {

    private static final Logger LOG = LoggerFactory.getLogger(RenderWorkerMain.class);

    private RenderWorkerMain() {
    }

    /** @param args the limits, as JSON ({@link RenderLimits}; the defaults when none), then {@code no-warm-up} or not */
    public static void main(String[] args) throws Exception {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err); // what anyone else prints goes to the log, never into the protocol
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        RenderLimits limits = args.length > 0 ? new ObjectMapper().readValue(args[0], RenderLimits.class) : RenderLimits.DEFAULTS;
        exitWithTheApplication();
        WorkerProtocol protocol = new WorkerProtocol(frameSize(limits));
        int status = 0;
        try (AsciidoctorStandardRenderer renderer = new AsciidoctorStandardRenderer(limits)) {
            long start = System.nanoTime();
            if (args.length > 1 && args[1].equals("no-warm-up")) {
                renderer.readMetadata(warmUp()); // Asciidoctor loaded, nothing rendered
            } else {
                renderer.render(warmUp());
            }
            LOG.info("render worker {} ready in {} ms", ProcessHandle.current().pid(), (System.nanoTime() - start) / 1_000_000);
            protocol.write(out, Frame.ready());
            while (true) {
                Frame frame;
                try {
                    frame = protocol.read(in);
                } catch (EOFException e) {
                    break; // the application closed our input: we are done
                }
                if (frame.type() == WorkerProtocol.Type.RENDER) {
                    protocol.write(out, serve(renderer, frame.request(), new RemoteFiles(frame.request().label(), protocol, in, out)));
                }
            }
        } catch (Throwable e) {
            LOG.error("render worker stops", e);
            status = 1;
        }
        // JRuby may leave threads behind; the worker's work is over either way.
        System.exit(status);
    }

    static long frameSize(RenderLimits limits) {
        // HTML and PDF in base64 (4/3), with room for the JSON around them
        return limits.maxOutputSize() * 3 + (1 << 20);
    }

    private static Frame serve(AsciidoctorStandardRenderer renderer, Request request, SourceFiles files) {
        try {
            return Frame.done(switch (request.kind()) {
                case METADATA -> new Result(renderer.readMetadata(files), null, null, null, List.of());
                case HTML -> new Result(null, renderer.renderHtml(files), null, null, List.of());
                case DRAFT_HTML -> new Result(null, renderer.renderDraftHtml(files, request.stage(), request.date()), null,
                        null, List.of());
                case STANDARD -> standard(renderer.render(files));
                case DRAFT -> standard(renderer.renderDraft(files, request.stage(), request.date()));
                case DOCUMENT -> {
                    RenderedDocument d = renderer.renderDocument(files, request.mainFile());
                    yield new Result(null, d.html(), d.pdf(), d.title(), d.warnings());
                }
            });
        } catch (RenderFailedException e) {
            return Frame.failed(e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("render of {} failed", request.label(), e);
            return Frame.crashed(String.valueOf(e.getMessage()));
        }
    }

    private static Result standard(RenderedStandard r) {
        return new Result(r.metadata(), r.html(), r.pdf(), null, r.warnings());
    }

    /** A worker left behind by an application that died would otherwise render on for nobody. */
    private static void exitWithTheApplication() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        Thread watch = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "render-worker-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static SourceFiles warmUp() {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = RenderWorkerMain.class.getResourceAsStream("/render/warm-up/standard.adoc")) {
            files.put(SourceFiles.MAIN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceFiles() {
            @Override
            public String label() {
                return "warm-up";
            }

            @Override
            public Optional<String> read(String relativePath) {
                return Optional.ofNullable(files.get(relativePath));
            }
        };
    }

    /** The document's files, each asked of the application once per render. */
    private static final class RemoteFiles implements SourceFiles {
        private final String label;
        private final WorkerProtocol protocol;
        private final DataInputStream in;
        private final DataOutputStream out;
        private final Map<String, Optional<String>> read = new HashMap<>();
        private final Map<String, Optional<byte[]>> readBytes = new HashMap<>();

        RemoteFiles(String label, WorkerProtocol protocol, DataInputStream in, DataOutputStream out) {
            this.label = label;
            this.protocol = protocol;
            this.in = in;
            this.out = out;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Optional<String> read(String relativePath) {
            return read.computeIfAbsent(relativePath,
                    path -> Optional.ofNullable(ask(Frame.read(path), WorkerProtocol.Type.FILE, path).text()));
        }

        @Override
        public Optional<byte[]> readBytes(String relativePath) {
            return readBytes.computeIfAbsent(relativePath,
                    path -> Optional.ofNullable(ask(Frame.readBytes(path), WorkerProtocol.Type.BYTES, path).data()));
        }

        /** Asks the application for one file of the folder and waits for its answer (text or bytes). */
        private Frame ask(Frame request, WorkerProtocol.Type expected, String path) {
            try {
                protocol.write(out, request);
                Frame answer = protocol.read(in);
                if (answer.type() != expected || !path.equals(answer.path())) {
                    throw new IOException("expected " + expected + " of " + path + ", got " + answer.type());
                }
                return answer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
