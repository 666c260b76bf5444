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

    /** SHA-256 of the unsigned PDF/A file (the first {@code unsignedSize} bytes), lower-case hex. */
    public String unsignedSha256() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(signed, 0, (int) unsignedSize);
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
