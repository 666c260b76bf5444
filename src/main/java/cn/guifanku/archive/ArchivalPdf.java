package cn.guifanku.archive;

/**
 * A published PDF as the archive step makes it.
 *
 * @param signed       the signed PDF/A file, as published
 * @param unsignedSize how many of its first bytes are the unsigned PDF/A file (the rest is the signature's incremental
 *                     update): the part a library re-renders and compares
 * @param level        the PDF/A level veraPDF confirmed, for example {@code PDF/A-2u}
 * @param rendererVersion what rendered it ({@link RendererVersion})
 */
public record ArchivalPdf(byte[] signed, long unsignedSize, String level, String rendererVersion) {
}
