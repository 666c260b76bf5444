package cn.guifanku.archive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code edition_archive}: per edition published since archival editions, how its PDF was made and signed. */
@Repository
public class EditionArchive {

    /**
     * @param rendererVersion  what rendered it ({@link RendererVersion})
     * @param pdfLevel         the PDF/A level veraPDF confirmed
     * @param unsignedPdfSize  the length of the unsigned PDF/A file at the start of the signed one
     * @param unsignedPdfSha256 its SHA-256
     * @param signedAt         the signature's time: the tag's
     * @param certificateSha256 the signing certificate's SHA-256
     * @param pgpFingerprint   the OpenPGP fingerprint of the same key (the tag's signer)
     */
    public record Entry(String slug, String editionKey, String rendererVersion, String pdfLevel, long unsignedPdfSize,
                        String unsignedPdfSha256, Instant signedAt, String certificateSha256, String pgpFingerprint) {
    }

    private final JdbcClient jdbc;

    EditionArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Entry e) {
        jdbc.sql("""
                        insert into edition_archive (slug, edition_key, renderer_version, pdf_level, unsigned_pdf_size,
                            unsigned_pdf_sha256, signed_at, certificate_sha256, pgp_fingerprint)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.slug(), e.editionKey(), e.rendererVersion(), e.pdfLevel(), e.unsignedPdfSize(), e.unsignedPdfSha256(),
                        Timestamp.from(e.signedAt()), e.certificateSha256(), e.pgpFingerprint())
                .update();
    }

    /** The edition's archival facts; empty for an edition published before archival editions. */
    public Optional<Entry> find(String slug, String editionKey) {
        return jdbc.sql("select * from edition_archive where slug = ? and edition_key = ?").params(slug, editionKey)
                .query((rs, n) -> new Entry(rs.getString("slug"), rs.getString("edition_key"),
                        rs.getString("renderer_version"), rs.getString("pdf_level"), rs.getLong("unsigned_pdf_size"),
                        rs.getString("unsigned_pdf_sha256"),
                        rs.getTimestamp("signed_at").toInstant(), rs.getString("certificate_sha256"),
                        rs.getString("pgp_fingerprint")))
                .optional();
    }
}
