package cn.guifanku.render;

/**
 * Turns a standard's AsciiDoc into HTML and PDF. Implementations are thread-safe, reuse one
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
}
