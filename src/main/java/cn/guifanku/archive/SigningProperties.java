package cn.guifanku.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The committee's signing key, which signs every edition's tag (OpenPGP) and PDF (PAdES), and the detached
 * signatures of older editions' checksums.
 *
 * @param keyFile    a PKCS#12 file holding the RSA private key and its X.509 certificate (the committee's own in
 *                   production; one generated on first start in the embedded default)
 * @param passphrase the PKCS#12 file's passphrase
 * @param generate   whether a missing key file is generated (a self-signed certificate); off in production, where a
 *                   missing key file stops the start
 * @param subject    the certificate's and the OpenPGP user ID's name, for a generated key
 */
@ConfigurationProperties("guifanku.signing")
public record SigningProperties(Path keyFile, String passphrase, boolean generate, String subject) {
}
