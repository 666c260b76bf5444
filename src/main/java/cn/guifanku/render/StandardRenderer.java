package cn.guifanku.render;

import java.time.LocalDate;

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
     * Renders a draft standard: HTML and PDF like {@link #render}, but the cover shows the stage under the titles
     * (for example “（征求意见稿）”) with the date the draft was completed, placeholders instead of the 发布 and 实施
     * dates (“XXXX-XX-XX 发布”), and, for the stages that ask for it, the patent request in a box; the running header of
     * every page after the cover, and the HTML page, show the stage beside the number. The header's
     * {@code :std-issued:} and {@code :std-effective:} may be left out of a draft (they are null in the metadata
     * then); when given they are still checked.
     *
     * @param stage the draft's stage
     * @param date  the date the draft was completed (本稿完成日期)
     * @throws RenderFailedException when the document has errors (each with file and line)
     */
    RenderedStandard renderDraft(SourceFiles files, DraftStage stage, LocalDate date);

    /**
     * Renders a draft's HTML only, as {@link #renderDraft} would (stage, date, patent request, open year), for pages
     * and previews that show a draft many times and need no PDF. Implementations should override this default, which
     * renders the PDF too and drops it.
     *
     * @throws RenderFailedException when the document has errors (each with file and line)
     */
    default byte[] renderDraftHtml(SourceFiles files, DraftStage stage, LocalDate date) {
        return renderDraft(files, stage, date).html();
    }

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
