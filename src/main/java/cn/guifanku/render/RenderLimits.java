package cn.guifanku.render;

/**
 * What one render may take: a hostile or careless draft meets these before Asciidoctor is asked to expand it, and is
 * refused with the line at fault (see {@link SourceLimits}); the worker process's heap and time limits
 * ({@link RenderProperties}) stop whatever gets past them.
 *
 * @param maxAttributeValueSize bytes (UTF-8) an attribute's value may have once its references are expanded; also
 *                              Asciidoctor's own {@code max-attribute-value-size}, locked, so a value is never longer
 * @param maxExpandedSize       bytes the document's text may grow to once attribute references are expanded
 * @param maxSourceSize         bytes of source one render reads, the main file and every include together
 * @param maxTableColumns       columns of one table, declared ({@code cols}) or implied by its first row
 * @param maxBlockNesting       delimited blocks inside one another (example, sidebar, quote, open blocks, tables)
 * @param maxOutputSize         bytes of HTML, and of PDF, one render may produce
 * @param maxImageSize          bytes of one figure's image file (PNG, JPEG, SVG)
 * @param maxImagesSize         bytes of all the figures' image files one render reads together
 * @param maxImagePixels        width × height of one PNG or JPEG, read from its header before anything decodes it
 */
public record RenderLimits(int maxAttributeValueSize, long maxExpandedSize, long maxSourceSize, int maxTableColumns,
                           int maxBlockNesting, long maxOutputSize, long maxImageSize, long maxImagesSize,
                           long maxImagePixels) {

    /** The limits the README states. */
    public static final RenderLimits DEFAULTS = new RenderLimits(16 * 1024, 10L * 1024 * 1024, 10L * 1024 * 1024, 64,
            16, 64L * 1024 * 1024, 5L * 1024 * 1024, 20L * 1024 * 1024, 12_000_000L);
}
