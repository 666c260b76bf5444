package cn.guifanku.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void embeddedDefaultMakesAKeyOnceAndKeepsIt() throws Exception {
        SigningProperties settings = new SigningProperties(dir.resolve("keys/committee.p12"), "pw", true, "全国图书馆标准化技术委员会");
        CommitteeKey made = CommitteeKeyFile.load(settings, Clock.systemUTC());
        CommitteeKey again = CommitteeKeyFile.load(settings, Clock.systemUTC());

        assertThat(again.pgpFingerprint()).isEqualTo(made.pgpFingerprint()).hasSize(40);
        assertThat(again.pgpPublicKey()).isEqualTo(made.pgpPublicKey()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat(again.certificatePem()).isEqualTo(made.certificatePem());
        assertThat(made.userId()).isEqualTo("全国图书馆标准化技术委员会");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void productionRefusesToStartWithoutTheKeyFile() {
        SigningProperties production = new SigningProperties(dir.resolve("missing.p12"), "pw", false, null);
        assertThatThrownBy(() -> CommitteeKeyFile.load(production, Clock.systemUTC()))
                .hasMessageContaining("GUIFANKU_SIGNING_KEY_FILE").hasMessageContaining("missing.p12");
        assertThat(dir.resolve("missing.p12")).doesNotExist();
    }

    @Test
    void wrongPassphraseIsSaid() {
        SigningProperties wrong = new SigningProperties(TestKeys.file(), "not-the-passphrase", false, null);
        assertThatThrownBy(() -> CommitteeKeyFile.load(wrong, Clock.systemUTC())).hasMessageContaining("wrong passphrase");
    }
}
