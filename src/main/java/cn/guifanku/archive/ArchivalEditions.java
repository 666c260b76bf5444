package cn.guifanku.archive;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The archive step of a publication, bytes to bytes after the renderer: PDF/A-2u ({@link PdfArchiver}), signed with
 * the committee's key ({@link PadesSigner}) at the tag's time, and the signed file checked by veraPDF. A PDF that breaks
 * PDF/A is refused with the rules it breaks, and so not published. Also records, with the catalog entry, what a
 * library needs to verify the edition ({@link EditionArchive}).
 */
@Service
class ArchivalEditions implements ArchiveStep {

    private static final Logger log = LoggerFactory.getLogger(ArchivalEditions.class);

    private final PdfArchiver archiver = new PdfArchiver();
    private final PadesSigner signer = new PadesSigner();
    private final PdfaValidation validation;
    private final CommitteeKey key;
    private final EditionArchive records;
    private final RendererVersion version;

    ArchivalEditions(PdfaValidation validation, CommitteeKey key, EditionArchive records, RendererVersion version) {
        this.validation = validation;
        this.key = key;
        this.records = records;
        this.version = version;
    }

    @Override
    public ArchivalPdf archive(byte[] renderedPdf, ArchivalFacts facts, Instant signingTime) {
        byte[] pdfa = archiver.archive(renderedPdf, facts);
        byte[] signed = signer.sign(pdfa, facts, key, signingTime);
        // One check, of the file as published: it holds the unsigned file whole, and the signature's update besides.
        check("PDF ", signed);
        log.debug("{}: PDF/A {} bytes, signed {} bytes", facts.tagName(), pdfa.length, signed.length);
        return new ArchivalPdf(signed, pdfa.length, PdfaValidation.LEVEL, version.value());
    }

    @Override
    public void record(String slug, String editionKey, ArchivalPdf pdf, Instant signingTime) {
        records.insert(new EditionArchive.Entry(slug, editionKey, pdf.rendererVersion(), pdf.level(), pdf.unsignedSize(), pdf.unsignedSha256(),
                signingTime, key.certificateSha256(), key.pgpFingerprint()));
    }

    private void check(String what, byte[] pdf) {
        PdfaValidation.Report report = validation.validate(pdf);
        if (!report.compliant()) {
            throw new ArchiveRefusedException(what, report);
        }
    }
}
