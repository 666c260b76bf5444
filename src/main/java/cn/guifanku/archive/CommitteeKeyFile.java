package cn.guifanku.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Loads the committee's key from a PKCS#12 file (private key and certificate), or, where allowed (the embedded
 * default), makes one on first start: RSA 3072 with a self-signed certificate valid for 30 years, written to the data
 * folder atomically so that a crash never leaves half a key.
 */
public final class CommitteeKeyFile {

    private static final String ALIAS = "committee";

    private CommitteeKeyFile() {
    }

    /** The key the settings name. @throws IllegalStateException saying what to set when it cannot be had */
    public static CommitteeKey load(SigningProperties settings, Clock clock) {
        Path file = settings.keyFile();
        if (file == null) {
            throw new IllegalStateException("guifanku.signing.key-file is not set (GUIFANKU_SIGNING_KEY_FILE)");
        }
        char[] passphrase = settings.passphrase() == null ? new char[0] : settings.passphrase().toCharArray();
        if (!Files.exists(file)) {
            if (!settings.generate()) {
                throw new IllegalStateException("The committee's signing key " + file + " does not exist: set "
                        + "GUIFANKU_SIGNING_KEY_FILE to its PKCS#12 file and GUIFANKU_SIGNING_KEY_PASSPHRASE (README, Production)");
            }
            generate(file, passphrase, subject(settings), clock.instant());
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, passphrase);
            String alias = store.containsAlias(ALIAS) ? ALIAS : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No private key in " + file));
            PrivateKey key = (PrivateKey) store.getKey(alias, passphrase);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            String name = certificate.getSubjectX500Principal().getName();
            String commonName = new X500Name(name).getRDNs(BCStyle.CN).length > 0
                    ? new X500Name(name).getRDNs(BCStyle.CN)[0].getFirst().getValue().toString() : name;
            return new CommitteeKey(new KeyPair(certificate.getPublicKey(), key), certificate, commonName);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The committee's signing key " + file + " cannot be read (wrong passphrase?): "
                    + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subject(SigningProperties settings) {
        return settings.subject() == null || settings.subject().isBlank() ? "规范库 committee" : settings.subject();
    }

    /** Makes a new key and self-signed certificate for {@code subject} in a PKCS#12 file. */
    public static void generate(Path file, char[] passphrase, String subject, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            // A day back, so that a signature made by a node whose clock is a little behind is not older than the key.
            Instant from = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, subject).addRDN(BCStyle.O, "规范库").build();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(from), Date.from(from.plus(Duration.ofDays(365L * 30))), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), passphrase, new Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".committee", ".p12");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, passphrase);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The committee's signing key could not be made", e);
        }
    }
}
