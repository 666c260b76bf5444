package cn.guifanku.wordimport;

import cn.guifanku.render.RenderLimits;

/**
 * What one import may take. A .docx is a zip: its entries, their total uncompressed size and each entry's compression
 * ratio are bounded before POI opens it (see {@link DocxPackage}); then the document's paragraphs, each table and each
 * figure (the render limits, so that what is imported also renders).
 *
 * @param maxFileSize         bytes of the .docx as uploaded
 * @param maxEntries          parts (zip entries) in the package
 * @param maxUncompressedSize bytes of all the parts together, uncompressed
 * @param maxCompressionRatio uncompressed ÷ compressed bytes of one part larger than {@code ratioCheckedFrom}
 * @param ratioCheckedFrom    bytes (uncompressed) from which a part's ratio is checked (small parts compress well)
 * @param maxParagraphs       paragraphs, in the body and in tables
 * @param maxTableRows        rows of one table
 * @param maxTableColumns     columns of one table
 * @param maxImageSize        bytes of one figure
 * @param maxImagesSize       bytes of all the figures
 * @param maxImagePixels      width × height of one figure, read from its header
 * @param maxSourceSize       bytes of the AsciiDoc produced
 */
public record WordImportLimits(long maxFileSize, int maxEntries, long maxUncompressedSize, int maxCompressionRatio,
                               long ratioCheckedFrom, int maxParagraphs, int maxTableRows, int maxTableColumns,
                               long maxImageSize, long maxImagesSize, long maxImagePixels, long maxSourceSize) {

    /** 20 MB: Word files carry their images, so they are larger than the 5 MB an .adoc upload may have. */
    public static final long MAX_FILE_SIZE = 20L * 1024 * 1024;

    /** The limits the README states. */
    public static final WordImportLimits DEFAULTS = new WordImportLimits(MAX_FILE_SIZE, 1000, 200L * 1024 * 1024, 100,
            1024 * 1024, 20_000, 1000, RenderLimits.DEFAULTS.maxTableColumns(), RenderLimits.DEFAULTS.maxImageSize(),
            RenderLimits.DEFAULTS.maxImagesSize(), RenderLimits.DEFAULTS.maxImagePixels(),
            RenderLimits.DEFAULTS.maxSourceSize());

    /** The file size limit in whole MB, as the messages state it. */
    public long maxFileSizeMb() {
        return maxFileSize / (1024 * 1024);
    }
}
