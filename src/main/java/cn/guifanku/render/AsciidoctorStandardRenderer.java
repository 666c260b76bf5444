package cn.guifanku.render;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.function.Supplier;
import org.asciidoctor.ast.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders standards with one shared Asciidoctor instance (starting JRuby takes seconds). Renders
 * run one at a time: the instance's log handler and extensions are shared, and a render's problems
 * are routed by thread and session while it runs.
 */
@Component
final class AsciidoctorStandardRenderer implements StandardRenderer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AsciidoctorStandardRenderer.class);

    private final RenderSessions sessions = new RenderSessions();
    private final PassthroughGuard guard = new PassthroughGuard();
    private final MetadataReader metadataReader = new MetadataReader();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final StandardHtmlPage page = new StandardHtmlPage();
    private final AsciidoctorRuntime runtime;

    AsciidoctorStandardRenderer() {
        runtime = new AsciidoctorRuntime(sessions, guard);
    }

    @Override
    public synchronized StandardMetadata readMetadata(SourceFiles files) {
        try (RenderSession session = sessions.open(files)) {
            return header(session, mainSource(session));
        }
    }

    @Override
    public synchronized RenderedStandard render(SourceFiles files) {
        long start = System.nanoTime();
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            StandardMetadata metadata = header(session, source);
            long htmlStart = System.nanoTime();
            String body = guarded(session, () -> runtime.convertHtml(source, session));
            session.throwIfErrors(); // a broken document is not worth the seconds of a PDF
            long pdfStart = System.nanoTime();
            byte[] pdf = guarded(session, () -> runtime.convertPdf(source, session));
            session.throwIfErrors();
            byte[] html = page.render(metadata, sanitizer.clean(body));
            LOG.info("rendered {} in {} ms (header {} ms, HTML {} ms, PDF {} ms, {} bytes), {} warnings", files.label(),
                    millisSince(start), (htmlStart - start) / 1_000_000, (pdfStart - htmlStart) / 1_000_000,
                    millisSince(pdfStart), pdf.length, session.warnings().size());
            return new RenderedStandard(metadata, html, pdf, session.warnings());
        }
    }

    @Override
    public synchronized byte[] renderHtml(SourceFiles files) {
        try (RenderSession session = sessions.open(files)) {
            String source = mainSource(session);
            StandardMetadata metadata = header(session, source);
            String body = guarded(session, () -> runtime.convertHtml(source, session));
            session.throwIfErrors();
            return page.render(metadata, sanitizer.clean(body));
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        runtime.close();
    }

    private String mainSource(RenderSession session) {
        String text = session.files().read(SourceFiles.MAIN).orElseThrow(() -> new RenderFailedException(
                session.files().label(), List.of(new RenderProblem(SourceFiles.MAIN, null, RenderProblem.Severity.ERROR,
                        "找不到主文件 " + SourceFiles.MAIN))));
        GuardedSource guarded = guard.guard(SourceFiles.MAIN, text);
        session.reportAll(guarded.warnings());
        return guarded.text();
    }

    private StandardMetadata header(RenderSession session, String source) {
        Document header = guarded(session, () -> runtime.loadHeader(source, session));
        StandardMetadata metadata = null;
        try {
            metadata = metadataReader.read(header, source, session.files().label());
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
            session.report(new RenderProblem(SourceFiles.MAIN, null, RenderProblem.Severity.ERROR,
                    "转换失败：" + e.getMessage()));
            session.throwIfErrors();
            throw e;
        }
    }
}
