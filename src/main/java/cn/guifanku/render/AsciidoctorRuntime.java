package cn.guifanku.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Asciidoctor (JRuby) instance, set up once: our include and figure processors, log router and the
 * GB/T converters and clause numbering (ruby/gbt_converters.rb) are registered at construction and
 * never per render, so repeated renders do not pile up registrations. Not thread-safe by itself:
 * {@link AsciidoctorStandardRenderer} serialises the calls.
 */
final class AsciidoctorRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AsciidoctorRuntime.class);

    private final Path baseDir;
    private final Asciidoctor asciidoctor;
    private final RenderOptions options;
    /** Spring may call close twice (@PreDestroy and the inferred AutoCloseable#close); JRuby tears down once. */
    private boolean closed;

    AsciidoctorRuntime(RenderSessions sessions, PassthroughGuard guard, RenderLimits limits) {
        long start = System.nanoTime();
        try {
            baseDir = Files.createTempDirectory("guifanku-render-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        asciidoctor = Asciidoctor.Factory.create();
        try {
            asciidoctor.javaExtensionRegistry().includeProcessor(new GitFolderIncludeProcessor(sessions, guard, limits));
            asciidoctor.javaExtensionRegistry().treeprocessor(new FigureImageProcessor(sessions, limits));
            asciidoctor.registerLogHandler(new AsciidoctorLogRouter(sessions));
            asciidoctor.requireLibrary("uri:classloader:/ruby/gbt_converters.rb");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        options = new RenderOptions(baseDir.toFile(), limits);
        LOG.info("Asciidoctor {} ready in {} ms", asciidoctor.asciidoctorVersion(), (System.nanoTime() - start) / 1_000_000);
    }

    /** What and how a standard's session renders. */
    RenderOptions.Target standard(RenderSession session) {
        return options.standard(session.id());
    }

    /** What and how a draft's session renders: a standard with its stage and date. */
    RenderOptions.Target draft(RenderSession session, DraftStage stage, LocalDate date) {
        return options.draft(session.id(), stage, date);
    }

    /** What and how a plain document's session renders; {@code landscape} comes from its header. */
    RenderOptions.Target document(RenderSession session, boolean landscape) {
        return options.document(session.id(), session.mainFile(), landscape);
    }

    Document loadHeader(String source, RenderOptions.Target target) {
        return asciidoctor.load(source, target.header());
    }

    /** The embedded body (目次 and content), not yet sanitised. */
    String convertHtml(String source, RenderOptions.Target target) {
        return asciidoctor.convert(source, target.html());
    }

    byte[] convertPdf(String source, RenderOptions.Target target) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        asciidoctor.convert(source, target.pdf(pdf));
        return pdf.toByteArray();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            asciidoctor.close();
        } finally {
            try {
                Files.deleteIfExists(baseDir);
            } catch (IOException e) {
                LOG.warn("could not delete {}", baseDir, e);
            }
        }
    }
}
