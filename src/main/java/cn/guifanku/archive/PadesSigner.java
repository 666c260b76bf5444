package cn.guifanku.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs an archival PDF with the committee's key: a PAdES baseline B-B signature (ETSI EN 319 142-1; CMS with the
 * signing certificate referenced by ESS signing-certificate-v2, no signing-time attribute, the time in the signature
 * dictionary's /M; no timestamp authority), added as an incremental update so that the signed file begins with the
 * unsigned file's very bytes and stays PDF/A. Reproducible: RSA PKCS#1 v1.5, the time given (the tag's), the second
 * part of the file ID derived from the edition (PDFBox would take the clock), the same certificate.
 */
public final class PadesSigner {

    /** Room for the CMS signature: certificate, attributes and a 4096-bit RSA signature fit with space to spare. */
    private static final int SIGNATURE_SIZE = 12_000;

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** Signs {@code pdf} (PDF/A) for the edition at {@code when}; returns the signed file. */
    public byte[] sign(byte[] pdf, ArchivalFacts facts, CommitteeKey key, Instant when) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            document.setDocumentId(ByteBuffer.wrap(facts.documentId()).getLong());
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(key.userId());
            signature.setReason("发布 " + facts.metadata().number() + "（" + facts.tagName() + "）");
            GregorianCalendar time = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
            time.setTimeInMillis(when.toEpochMilli() / 1000 * 1000);
            signature.setSignDate(time);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent(), key));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CMS SignedData (detached) over the signed byte ranges. */
    static byte[] cms(InputStream content, CommitteeKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The PDF could not be signed: " + e.getMessage(), e);
        }
    }

    /** content-type, message-digest and signing-certificate-v2; no signing-time (PAdES puts the time into /M). */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate) throws Exception {
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(
                new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash, issuerSerial)})));
        return parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((org.bouncycastle.asn1.ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        };
    }
}
