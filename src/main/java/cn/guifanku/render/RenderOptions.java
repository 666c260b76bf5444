package cn.guifanku.render;

import java.io.File;
import java.io.OutputStream;
import java.time.LocalDate;
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

    /**
     * Locked attribute that tells ruby/gbt_converters.rb what it lays out: {@value #STANDARD} (cover, GB/T 1.1
     * paging and page breaks, end line) or {@value #DOCUMENT} (a plain committee document: none of these).
     */
    static final String LAYOUT_ATTRIBUTE = "guifanku-layout";
    static final String STANDARD = "standard";
    static final String DOCUMENT = "document";

    private static final Map<String, Object> LOCKED = lockedAttributes();
    /**
     * Locked attributes that make ruby/gbt_converters.rb lay out a draft: the stage's name ({@value #DRAFT_STAGE}), the
     * date the draft was completed ({@value #DRAFT_DATE}, YYYY-MM-DD) and, when set, the patent request on the cover
     * ({@value #DRAFT_PATENTS}). A published standard has them locked unset, so a document cannot pose as a draft.
     */
    static final String DRAFT_STAGE = "gbt-draft-stage";
    static final String DRAFT_DATE = "gbt-draft-date";
    static final String DRAFT_PATENTS = "gbt-draft-patents";

    /** A standard: book doctype with our cover, clauses numbered and a 目次 unless the document says otherwise. */
    private static final Map<String, Object> STANDARD_LOCKED = Map.of(LAYOUT_ATTRIBUTE, STANDARD,
            "docfile", SourceFiles.MAIN, "pdf-theme", "gbt", "sectnums", "@", "toc", "@",
            DRAFT_STAGE + "!", "", DRAFT_DATE + "!", "", DRAFT_PATENTS + "!", "");
    /**
     * The page is ours: A4 (portrait for a standard, as GB/T 1.1 fixes it; a document may ask for landscape), the
     * theme's margins, folios as the theme places them.
     */
    private static final Map<String, Object> PDF_LOCKED = Map.of("notitle!", "", "pdf-page-size", "A4",
            "pdf-page-margin!", "", "pdf-folio-placement!", "", "media", "screen");

    private final File baseDir;
    private final RenderLimits limits;

    /**
     * @param baseDir an empty directory: the jail for every path Asciidoctor resolves itself (images)
     * @param limits  what one render may take; the attribute value size becomes Asciidoctor's own, locked
     */
    RenderOptions(File baseDir, RenderLimits limits) {
        this.baseDir = baseDir;
        this.limits = limits;
    }

    /** A standard laid out after GB/T 1.1—2020 from {@link SourceFiles#MAIN}. */
    Target standard(String sessionId) {
        return new Target(sessionId, "book", STANDARD_LOCKED, "portrait");
    }

    /** A draft of a standard: as {@link #standard}, with its stage and date on the cover and its stage in the headers. */
    Target draft(String sessionId, DraftStage stage, LocalDate date) {
        Map<String, Object> attributes = new LinkedHashMap<>(STANDARD_LOCKED);
        attributes.remove(DRAFT_STAGE + "!");
        attributes.remove(DRAFT_DATE + "!");
        attributes.put(DRAFT_STAGE, stage.label());
        attributes.put(DRAFT_DATE, date.toString());
        if (stage.requestsPatents()) {
            attributes.remove(DRAFT_PATENTS + "!");
            attributes.put(DRAFT_PATENTS, "");
        }
        return new Target(sessionId, "book", attributes, "portrait");
    }

    /**
     * A plain document (编制说明, 征求意见汇总处理表): article doctype, so asciidoctor-pdf prints the title at the
     * top of the first page instead of a title page; no cover, no metadata, no numbering or 目次 unless asked for.
     *
     * @param mainFile  folder-relative path of the document, for messages and relative includes
     * @param landscape whether its pages are A4 landscape (the document's {@code :page-layout: landscape})
     */
    Target document(String sessionId, String mainFile, boolean landscape) {
        return new Target(sessionId, "article", Map.of(LAYOUT_ATTRIBUTE, DOCUMENT, "docfile", mainFile,
                "pdf-theme", "gbt-document", "title-page!", ""), landscape ? "landscape" : "portrait");
    }

    /** The options of one render's passes (header, HTML, PDF): what is rendered, from which file, on which page. */
    final class Target {
        private final String sessionId;
        private final String docType;
        private final Map<String, Object> kindAttributes;
        private final String pageLayout;

        private Target(String sessionId, String docType, Map<String, Object> kindAttributes, String pageLayout) {
            this.sessionId = sessionId;
            this.docType = docType;
            this.kindAttributes = kindAttributes;
            this.pageLayout = pageLayout;
        }

        Options header() {
            return common(this, "html5", Map.of()).parseHeaderOnly(true).build();
        }

        Options html() {
            // our page prints the title (or the cover); the embedded body must not repeat it
            return common(this, "html5", Map.of("showtitle!", "")).standalone(false).build();
        }

        Options pdf(OutputStream target) {
            // standalone and notitle locked unset: without a title there is no cover (standard) or heading (document)
            Map<String, Object> pdf = new LinkedHashMap<>(PDF_LOCKED);
            pdf.put("pdf-page-layout", pageLayout);
            return common(this, "pdf", pdf).standalone(true).toStream(target).build();
        }
    }

    private OptionsBuilder common(Target target, String backend, Map<String, Object> backendAttributes) {
        Attributes attributes = Attributes.builder().build();
        attributes.setAttributes(LOCKED);
        attributes.setAttributes(target.kindAttributes);
        attributes.setAttributes(backendAttributes);
        attributes.setAttribute(RenderSessions.ATTRIBUTE, target.sessionId);
        // Asciidoctor's own cap on a resolved attribute value (bytes), set through the API so a document cannot lift it.
        attributes.setAttribute("max-attribute-value-size", String.valueOf(limits.maxAttributeValueSize()));
        return Options.builder()
                .safe(SafeMode.SAFE) // not SECURE: that mode disables include processors
                .baseDir(baseDir)
                .backend(backend)
                .docType(target.docType) // locked: a document cannot turn itself into a book and get a cover
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
        // docdir is locked by the base_dir option; docfile (set per kind) is folder-relative, so messages and
        // includes name folder paths
        a.put("user-home", ".");
        a.put("imagesdir", "");
        a.put("max-include-depth", String.valueOf(GitFolderIncludeProcessor.MAX_DEPTH));
        // PDF: our theme (set per kind) and fonts from the classpath.
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
        // House defaults a document may change (standards also get sectnums and toc).
        a.put("sectnumlevels", "5@");
        a.put("toclevels", "2@");
        a.put("xrefstyle", "short@");
        return Collections.unmodifiableMap(a);
    }
}
