package cn.guifanku.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;

/**
 * The committee's key: one RSA key with its X.509 certificate (for the PAdES signatures of the PDFs) and the same key
 * as an OpenPGP key (for the signed tags and the detached signatures of checksums). The OpenPGP key is derived from
 * the RSA key and the certificate's start of validity, and its self-signature is made at that moment, so the public
 * key a library downloads is the same bytes on every node and after every restart. Signatures are RSA PKCS#1 v1.5
 * over SHA-256: deterministic, so the same data signed at the same time gives the same bytes.
 */
public final class CommitteeKey {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final PGPKeyPair pgp;
    private final PGPPublicKeyRing publicRing;
    private final String userId;

    CommitteeKey(java.security.KeyPair keys, X509Certificate certificate, String userId) {
        this.privateKey = keys.getPrivate();
        this.certificate = certificate;
        this.userId = userId;
        try {
            Date created = certificate.getNotBefore();
            this.pgp = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, keys, created);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, created);
            hashed.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
            hashed.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256, HashAlgorithmTags.SHA512});
            hashed.setIssuerFingerprint(false, pgp.getPublicKey());
            PGPSignatureGenerator generator = generator();
            generator.init(PGPSignature.POSITIVE_CERTIFICATION, pgp.getPrivateKey());
            generator.setHashedSubpackets(hashed.generate());
            PGPSignature selfSignature = generator.generateCertification(userId, pgp.getPublicKey());
            PGPPublicKey certified = PGPPublicKey.addCertification(pgp.getPublicKey(), userId, selfSignature);
            this.publicRing = new PGPPublicKeyRing(List.of(certified));
        } catch (PGPException e) {
            throw new IllegalStateException("OpenPGP key could not be made from the committee's key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The OpenPGP key's user ID (the committee's name). */
    public String userId() {
        return userId;
    }

    /** The OpenPGP fingerprint, upper-case hex as gpg prints it. */
    public String pgpFingerprint() {
        return HexFormat.of().withUpperCase().formatHex(pgp.getPublicKey().getFingerprint());
    }

    /** SHA-256 of the certificate (DER), lower-case hex: what {@code openssl x509 -fingerprint -sha256} shows. */
    public String certificateSha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OpenPGP public key, ASCII-armored, for {@code gpg --import}. */
    public String pgpPublicKey() {
        return armor(out -> publicRing.encode(out));
    }

    /** The X.509 certificate in PEM. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A detached OpenPGP signature of {@code data} made at {@code when} (seconds), ASCII-armored: what {@code git tag -s}
     * puts into a tag and {@code gpg --verify SIG DATA} checks.
     */
    public String pgpSign(byte[] data, Instant when) {
        try {
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, Date.from(when));
            hashed.setIssuerFingerprint(false, pgp.getPublicKey());
            PGPSignatureGenerator generator = generator();
            generator.init(PGPSignature.BINARY_DOCUMENT, pgp.getPrivateKey());
            generator.setHashedSubpackets(hashed.generate());
            generator.update(data);
            PGPSignature signature = generator.generate();
            return armor(signature::encode);
        } catch (PGPException e) {
            throw new IllegalStateException("OpenPGP signature failed", e);
        }
    }

    private PGPSignatureGenerator generator() {
        return new PGPSignatureGenerator(new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL,
                HashAlgorithmTags.SHA256), pgp.getPublicKey());
    }

    private interface Encoder {
        void encode(java.io.OutputStream out) throws IOException;
    }

    private static String armor(Encoder encoder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
            encoder.encode(armored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
