package cn.guifanku.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** One committee key for the test run (making an RSA 3072 key takes a while), in a PKCS#12 file like production's. */
public final class TestKeys {

    public static final String PASSPHRASE = "test-passphrase";
    private static Path file;
    private static CommitteeKey key;

    private TestKeys() {
    }

    /** The key file (made once per test JVM). */
    public static synchronized Path file() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("committee-key");
                dir.toFile().deleteOnExit();
                file = dir.resolve("committee.p12");
                CommitteeKeyFile.generate(file, PASSPHRASE.toCharArray(), "全国图书馆标准化技术委员会", Clock.systemUTC().instant());
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    public static synchronized CommitteeKey committee() {
        if (key == null) {
            key = CommitteeKeyFile.load(settings(), Clock.systemUTC());
        }
        return key;
    }

    public static SigningProperties settings() {
        return new SigningProperties(file(), PASSPHRASE, false, "全国图书馆标准化技术委员会");
    }
}
