package cn.guifanku.render;

import java.io.File;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;

/**
 * The options and attributes of every conversion. Attributes set here without a trailing {@code @}
 * are locked: a document cannot override them (and {@code name!} locks an attribute unset). Only a
 * few house defaults ending in {@code @} are left for the document to change.
 */
final class RenderOptions {

    private static final Map<String, Object> LOCKED = lockedAttributes();
    /** GB/T 1.1 fixes the page: A4 portrait, our margins, a cover, folios as the theme places them. */
    private static final Map<String, Object> PDF_LOCKED = Map.of("notitle!", "", "pdf-page-size", "A4",
            "pdf-page-layout", "portrait", "pdf-page-margin!", "", "pdf-folio-placement!", "", "media", "screen");

    private final File baseDir;

    /** @param baseDir an empty directory: the jail for every path Asciidoctor resolves itself (images) */
    RenderOptions(File baseDir) {
        this.baseDir = baseDir;
    }

    Options header(String sessionId) {
        return common(sessionId, "html5", Map.of()).parseHeaderOnly(true).build();
    }

    Options html(String sessionId) {
        // our page draws the cover; the embedded body must not repeat the title
        return common(sessionId, "html5", Map.of("showtitle!", "")).standalone(false).build();
    }

    Options pdf(String sessionId, OutputStream target) {
        // standalone and notitle locked unset: without a title there is no cover
        return common(sessionId, "pdf", PDF_LOCKED).standalone(true).toStream(target).build();
    }

    private OptionsBuilder common(String sessionId, String backend, Map<String, Object> backendAttributes) {
        Attributes attributes = Attributes.builder().build();
        attributes.setAttributes(LOCKED);
        attributes.setAttributes(backendAttributes);
        attributes.setAttribute(RenderSessions.ATTRIBUTE, sessionId);
        return Options.builder()
                .safe(SafeMode.SAFE) // not SECURE: that mode disables include processors
                .baseDir(baseDir)
                .backend(backend)
                .docType("book")
                .sourcemap(true)
                .toFile(false)
                .attributes(attributes);
    }

    private static Map<String, Object> lockedAttributes() {
        Map<String, Object> a = new LinkedHashMap<>();
        // Files and network: the only source is SourceFiles, through GitFolderIncludeProcessor.
        for (String unset : new String[] {"allow-uri-read", "data-uri", "linkcss", "stylesheet", "copycss", "docinfo",
                "webfonts", "iconfont-remote", "icons", "source-highlighter", "optimize", "hyphens", "cache-uri"}) {
            a.put(unset + "!", "");
        }
        // docdir is locked by the base_dir option; docfile is folder-relative, so messages and includes name folder paths
        a.put("docfile", SourceFiles.MAIN);
        a.put("user-home", ".");
        a.put("imagesdir", "");
        a.put("max-include-depth", String.valueOf(GitFolderIncludeProcessor.MAX_DEPTH));
        // PDF: our theme and fonts from the classpath.
        a.put("pdf-theme", "gbt");
        a.put("pdf-themesdir", "uri:classloader:/themes");
        a.put("pdf-fontsdir", "uri:classloader:/fonts;GEM_FONTS_DIR");
        a.put("compress", "");
        // Output identical for identical input: no dates, no versions.
        a.put("reproducible", "");
        a.put("scripts", "cjk");
        a.put("lang", "zh-CN");
        a.put("sectanchors", "");
        // Chinese labels; no "Chapter", "Part", "Example 1." or "Last updated".
        for (String unset : new String[] {"chapter-signifier", "part-signifier", "chapter-refsig", "section-refsig",
                "part-refsig", "example-caption", "last-update-label", "version-label"}) {
            a.put(unset + "!", "");
        }
        a.put("toc-title", "目次");
        a.put("preface-title", "前言");
        a.put("appendix-caption", "附录");
        a.put("appendix-refsig", "附录");
        a.put("table-caption", "表");
        a.put("figure-caption", "图");
        a.put("note-caption", "注：");
        a.put("tip-caption", "提示");
        a.put("important-caption", "重要");
        a.put("warning-caption", "警告");
        a.put("caution-caption", "注意");
        a.put("untitled-label", "无标题");
        a.put("outline-title", "目次");
        // House defaults a document may change.
        a.put("sectnums", "@");
        a.put("sectnumlevels", "5@");
        a.put("toc", "@");
        a.put("toclevels", "2@");
        a.put("xrefstyle", "short@");
        return Collections.unmodifiableMap(a);
    }
}
