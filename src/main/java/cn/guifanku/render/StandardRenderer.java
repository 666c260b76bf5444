package cn.guifanku.render;

/**
 * Turns a standard's AsciiDoc, or a plain committee document kept beside it, into HTML and PDF. Implementations are thread-safe, reuse one
 * Asciidoctor instance, and are slow (seconds): never call them on a request thread.
 *
 * <p>Renders are reproducible: the same files give byte-identical HTML and PDF.
 */
public interface StandardRenderer {

    /** Reads and checks the header only (fast). @throws RenderFailedException when required attributes are missing or bad */
    StandardMetadata readMetadata(SourceFiles files);

    /** Renders HTML and PDF. @throws RenderFailedException when the document has errors (each with file and line) */
    RenderedStandard render(SourceFiles files);

    /**
     * Renders the standalone HTML only (a fraction of a second once warm), for previews of drafts.
     * @throws RenderFailedException when the document has errors
     */
    byte[] renderHtml(SourceFiles files);

    /**
     * Renders a plain document (not a standard): HTML and PDF, no cover, no metadata required.
     *
     * <p>For documents such as the 编制说明 or the 征求意见汇总处理表 of a draft: the same fonts, safety rules and
     * reproducibility as a standard, but the title is printed at the top of the first page, clauses are numbered
     * only when the document sets {@code :sectnums:}, the running header shows {@code :doc-header:} when set, the
     * footer the page number, and the pages are A4 landscape when the document sets {@code :page-layout: landscape}.
     *
     * @param files    the folder; includes are served from it only
     * @param mainFile folder-relative path of the document, for example {@code comment-resolution.adoc}
     * @throws RenderFailedException when the document has errors (each with file and line), has no title, or
     *                               {@code mainFile} is missing or outside the folder
     */
    RenderedDocument renderDocument(SourceFiles files, String mainFile);
}
