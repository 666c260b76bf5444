package cn.guifanku.archive;

import java.time.Instant;

/**
 * The archive step of a publication, bytes to bytes after the renderer: the PDF made PDF/A-2u, signed with the
 * committee's key at the tag's time, and checked by veraPDF; and, with the catalog entry, the record of how.
 */
public interface ArchiveStep {

    /**
     * The archival, signed form of the renderer's PDF. Slow (seconds); call off request threads.
     *
     * @param signingTime the edition tag's time, which the signature carries
     * @throws ArchiveRefusedException when the file breaks PDF/A, naming the rules
     */
    ArchivalPdf archive(byte[] renderedPdf, ArchivalFacts facts, Instant signingTime);

    /** Records the archival facts of an edition just published; call in the transaction that records the edition. */
    void record(String slug, String editionKey, ArchivalPdf pdf, Instant signingTime);

    /** The archive step outside the application's context (as the application makes it), on our tables in {@code jdbc}. */
    static ArchiveStep create(CommitteeKey key, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new ArchivalEditions(new PdfaValidation(), key, new EditionArchive(jdbc), RendererVersion.current());
    }
}
