package cn.guifanku.render;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.asciidoctor.ast.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders standards and plain committee documents with one shared Asciidoctor instance (starting JRuby takes seconds). Renders
 * run one at a time: the instance's log handler and extensions are shared, and a render's problems
 * are routed by thread and session while it runs. The application never runs it in its own JVM: each render worker
 * ({@link RenderWorkerMain}) holds one, and {@link RenderService} sends it the renders.
 */
final class AsciidoctorStandardRenderer implements StandardRenderer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AsciidoctorStandardRenderer.class);

    private final RenderSessions sessions = new RenderSessions();
    private final PassthroughGuard guard = new PassthroughGuard();
    private final MetadataReader metadataReader = new MetadataReader();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final StandardHtmlPage page = new StandardHtmlPage();
    private final RenderLimits limits;
    /** Started on its own thread: JRuby's start (seconds) overlaps the application's instead of adding to it. */
    private final CompletableFuture<AsciidoctorRuntime> starting = new CompletableFuture<>();

    AsciidoctorStandardRenderer() {
        this(RenderLimits.DEFAULTS);
    }

    AsciidoctorStandardRenderer(RenderLimits limits) {
        this.limits = limits;
        Thread start = new Thread(() -> {
            try {
                starting.complete(new AsciidoctorRuntime(sessions, guard, limits));
            } catch (Throwable e) {
                starting.completeExceptionally(e);
            }
        }, "asciidoctor-start");
        start.setDaemon(true);
        start.start();
    }

    /** The runtime, waiting for its start the first time. */
    private AsciidoctorRuntime runtime() {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public synchronized StandardMetadata readMetadata(SourceFiles files) {
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            return header(session, runtime().standard(session), source);
        }
    }

    @Override
    public synchronized RenderedStandard render(SourceFiles files) {
        return renderStandard(files, null, null);
    }

    @Override
    public synchronized RenderedStandard renderDraft(SourceFiles files, DraftStage stage, LocalDate date) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        return renderStandard(files, stage, date);
    }

    /** A published standard when {@code stage} is null, else a draft at that stage, completed on {@code date}. */
    private RenderedStandard renderStandard(SourceFiles files, DraftStage stage, LocalDate date) {
        long start = System.nanoTime();
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            RenderOptions.Target target = stage == null ? runtime().standard(session) : runtime().draft(session, stage, date);
            StandardMetadata metadata = header(session, target, source, stage != null);
            long htmlStart = System.nanoTime();
            String body = guarded(session, () -> runtime().convertHtml(source, target));
            session.throwIfErrors(); // a broken document is not worth the seconds of a PDF
            long pdfStart = System.nanoTime();
            byte[] pdf = guarded(session, () -> runtime().convertPdf(source, target));
            session.throwIfErrors();
            byte[] html = stage == null ? page.render(metadata, sanitizer.clean(body))
                    : page.renderDraft(metadata, sanitizer.clean(body), stage, date);
            checkOutput(session, html, pdf);
            LOG.info("rendered {}{} in {} ms (header {} ms, HTML {} ms, PDF {} ms, {} bytes), {} warnings", files.label(),
                    stage == null ? "" : " (" + stage + ")", millisSince(start), (htmlStart - start) / 1_000_000,
                    (pdfStart - htmlStart) / 1_000_000, millisSince(pdfStart), pdf.length, session.warnings().size());
            return new RenderedStandard(metadata, html, pdf, session.warnings());
        }
    }

    @Override
    public synchronized byte[] renderHtml(SourceFiles files) {
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            RenderOptions.Target target = runtime().standard(session);
            StandardMetadata metadata = header(session, target, source);
            String body = guarded(session, () -> runtime().convertHtml(source, target));
            session.throwIfErrors();
            byte[] html = page.render(metadata, sanitizer.clean(body));
            checkOutput(session, html, new byte[0]);
            return html;
        }
    }

    @Override
    public synchronized byte[] renderDraftHtml(SourceFiles files, DraftStage stage, LocalDate date) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            RenderOptions.Target target = runtime().draft(session, stage, date);
            StandardMetadata metadata = header(session, target, source, true);
            String body = guarded(session, () -> runtime().convertHtml(source, target));
            session.throwIfErrors();
            byte[] html = page.renderDraft(metadata, sanitizer.clean(body), stage, date);
            checkOutput(session, html, new byte[0]);
            return html;
        }
    }

    @Override
    public synchronized RenderedDocument renderDocument(SourceFiles files, String mainFile) {
        long start = System.nanoTime();
        String main = mainFile == null ? "" : mainFile;
        try (RenderSession session = sessions.open(files, main)) {
            if (!FolderAtRevision.isInside(main)) {
                session.report(new RenderProblem(main, null, RenderProblem.Severity.ERROR, "不允许的主文件（只能是本文件夹内的文件）：" + main));
                session.throwIfErrors();
            }
            String source = mainSource(session);
            DocumentHeader header = documentHeader(session, source);
            RenderOptions.Target target = runtime().document(session, header.landscape());
            long htmlStart = System.nanoTime();
            String body = guarded(session, () -> runtime().convertHtml(source, target));
            session.throwIfErrors();
            long pdfStart = System.nanoTime();
            byte[] pdf = guarded(session, () -> runtime().convertPdf(source, target));
            session.throwIfErrors();
            byte[] html = page.renderDocument(header, sanitizer.clean(body));
            checkOutput(session, html, pdf);
            LOG.info("rendered {}/{} in {} ms (header {} ms, HTML {} ms, PDF {} ms, {} bytes), {} warnings", files.label(), main,
                    millisSince(start), (htmlStart - start) / 1_000_000, (pdfStart - htmlStart) / 1_000_000,
                    millisSince(pdfStart), pdf.length, session.warnings().size());
            return new RenderedDocument(header.title(), html, pdf, session.warnings());
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        // A stop during JRuby's start does not wait for it: the runtime is closed as soon as it is ready.
        starting.thenAccept(AsciidoctorRuntime::close)
                .exceptionally(e -> {
                    LOG.debug("Asciidoctor never started", e);
                    return null;
                });
    }

    private String mainSource(RenderSession session) {
        String main = session.mainFile();
        String text = session.files().read(main).orElseThrow(() -> new RenderFailedException(
                session.files().label(), List.of(new RenderProblem(main, null, RenderProblem.Severity.ERROR,
                        "找不到主文件 " + main))));
        GuardedSource guarded = guard.guard(main, text);
        session.reportAll(guarded.warnings());
        // Refused before Asciidoctor expands anything: a draft that would blow up says where, instead of a worker
        // running out of time or memory.
        session.reportAll(SourceLimits.check(limits, session.files(), main, guarded.text(), guard));
        session.throwIfErrors();
        return guarded.text();
    }

    private void checkOutput(RenderSession session, byte[] html, byte[] pdf) {
        long largest = Math.max(html.length, pdf.length);
        if (largest > limits.maxOutputSize()) {
            session.report(new RenderProblem(session.mainFile(), null, RenderProblem.Severity.ERROR, "渲染结果达 "
                    + SourceLimits.size(largest) + "，超过上限 " + SourceLimits.size(limits.maxOutputSize())));
            session.throwIfErrors();
        }
    }

    private DocumentHeader documentHeader(RenderSession session, String source) {
        // the header pass does not depend on the page's orientation
        Document header = guarded(session, () -> runtime().loadHeader(source, runtime().document(session, false)));
        DocumentHeader read = null;
        try {
            read = DocumentHeader.read(header, source, session.mainFile(), session.files().label());
        } catch (RenderFailedException e) {
            session.reportAll(e.problems());
        }
        session.throwIfErrors();
        return read;
    }

    private StandardMetadata header(RenderSession session, RenderOptions.Target target, String source) {
        return header(session, target, source, false);
    }

    /** @param draft whether the 发布 and 实施 dates may be missing (a draft has none yet) */
    private StandardMetadata header(RenderSession session, RenderOptions.Target target, String source, boolean draft) {
        Document header = guarded(session, () -> runtime().loadHeader(source, target));
        StandardMetadata metadata = null;
        try {
            metadata = metadataReader.read(header, source, session.files().label(), draft);
        } catch (RenderFailedException e) {
            session.reportAll(e.problems());
        }
        session.throwIfErrors();
        return metadata;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A crash inside Asciidoctor or Prawn becomes a problem of the document, reported with the others. */
    private static <T> T guarded(RenderSession session, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (RenderFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("conversion of {} failed", session.files().label(), e);
            session.report(new RenderProblem(session.mainFile(), null, RenderProblem.Severity.ERROR,
                    "转换失败：" + e.getMessage()));
            session.throwIfErrors();
            throw e;
        }
    }
}
