package cn.guifanku.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/**
 * Verifies the PAdES signature of a published PDF, as a library would with pdfsig: one signature, covering the whole
 * file but its own contents, made by the given certificate (or the one it carries), over an update appended after the
 * unsigned file; the CMS signature checked cryptographically.
 */
final class PdfSignatureCheck {

    private PdfSignatureCheck() {
    }

    /**
     * @param unsignedSize the length of the unsigned file the signature's update follows
     * @param certificate  the committee's certificate (PEM), or null to accept the certificate the file carries
     */
    static boolean check(byte[] pdf, long unsignedSize, Path certificate, PrintStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                out.println("SIGNATURE: expected one signature, found " + signatures.size());
                return false;
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length || range[1] <= unsignedSize) {
                out.println("SIGNATURE: it does not cover the whole file after the unsigned edition: " + Arrays.toString(range));
                return false;
            }
            byte[] signedContent = signature.getSignedContent(pdf);
            // /Contents is padded with zeros after the CMS object: read the object alone.
            CMSSignedData cms;
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
                cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                        org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509Certificate expected = certificate == null ? null : (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate)));
            @SuppressWarnings("unchecked")
            var carried = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (carried.isEmpty()) {
                out.println("SIGNATURE: the signer's certificate is not in the signature");
                return false;
            }
            X509CertificateHolder holder = (X509CertificateHolder) carried.iterator().next();
            if (expected != null && !Arrays.equals(holder.getEncoded(), expected.getEncoded())) {
                out.println("SIGNATURE: signed by " + holder.getSubject() + ", not by the committee's certificate");
                return false;
            }
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            out.println(valid ? "SIGNATURE: valid, by " + holder.getSubject() + ", at " + signature.getSignDate().toInstant()
                    + ", covering the whole file" : "SIGNATURE: INVALID (the signed bytes were changed)");
            return valid;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            out.println("SIGNATURE: INVALID or not verifiable: " + e.getMessage());
            return false;
        }
    }
}
