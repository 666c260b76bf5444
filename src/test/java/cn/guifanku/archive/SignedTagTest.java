package cn.guifanku.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import cn.guifanku.content.TestContentRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags signed with the committee's key verify with Debian's git and gnupg on a clone, as a library runs them. */
class SignedTagTest {

    static final Author SECRETARIAT = new Author("秘书处", "secretariat@example.org");
    static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");

    @TempDir
    Path dir;

    @Test
    void gitVerifyTagAcceptsTheTagOnAClone() throws Exception {
        Tools.require("git", "gpg");
        CommitteeKey key = TestKeys.committee();
        ContentRepository content = TestContentRepository.signed(dir.resolve("content.git"), key::pgpSign);
        String commit = content.commit(new CommitRequest(ContentRepository.MAIN, null, "wh-t-201",
                Map.of("standard.adoc", "= 标准\n".getBytes(UTF_8)), SECRETARIAT, WHEN, "批准", Map.of()));
        content.createTag(new TagRequest("wh-t-201/2024", commit, SECRETARIAT, WHEN, "发布 WH/T 201—2024\n"));
        // Other features' tags (a withdrawn proposal's, say) need not end their message with a line feed.
        content.createTag(new TagRequest("withdrawn/P2026-001", commit, SECRETARIAT, WHEN, "撤回提案"));

        Map<String, String> gpg = keyring(key.pgpPublicKey());
        assertThat(Tools.run(dir, "git", "clone", "--quiet", "--no-checkout", dir.resolve("content.git").toString(), "clone").status()).isZero();
        Tools.Result verified = Tools.run(dir.resolve("clone"), gpg, "git", "verify-tag", "wh-t-201/2024");

        assertThat(verified.status()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Good signature from \"全国图书馆标准化技术委员会\"")
                .contains(key.pgpFingerprint().substring(24));
        Tools.Result other = Tools.run(dir.resolve("clone"), gpg, "git", "verify-tag", "withdrawn/P2026-001");
        assertThat(other.status()).as(other.output()).isZero();
    }

    @Test
    void gitVerifyTagRefusesATagSignedWithAnotherKey() throws Exception {
        Tools.require("git", "gpg");
        CommitteeKeyFile.generate(dir.resolve("other.p12"), "x".toCharArray(), "冒名者", java.time.Instant.now());
        CommitteeKey other = CommitteeKeyFile.load(new SigningProperties(dir.resolve("other.p12"), "x", false, null),
                java.time.Clock.systemUTC());
        ContentRepository content = TestContentRepository.signed(dir.resolve("content.git"), other::pgpSign);
        String commit = content.commit(new CommitRequest(ContentRepository.MAIN, null, "wh-t-201",
                Map.of("standard.adoc", "= 标准\n".getBytes(UTF_8)), SECRETARIAT, WHEN, "批准", Map.of()));
        content.createTag(new TagRequest("wh-t-201/2024", commit, SECRETARIAT, WHEN, "发布 WH/T 201—2024\n"));

        Map<String, String> gpg = keyring(TestKeys.committee().pgpPublicKey());
        Tools.Result verified = Tools.run(dir, gpg, "git", "--git-dir", dir.resolve("content.git").toString(),
                "verify-tag", "wh-t-201/2024");

        assertThat(verified.status()).isNotZero();
        assertThat(verified.output()).doesNotContain("Good signature");
    }

    /** A keyring of its own holding only the committee's public key, as a library imports it. */
    Map<String, String> keyring(String publicKey) throws Exception {
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("committee.asc"), publicKey);
        Map<String, String> env = Map.of("GNUPGHOME", home.toString());
        Tools.Result imported = Tools.run(dir, env, "gpg", "--batch", "--import", dir.resolve("committee.asc").toString());
        assertThat(imported.status()).as(imported.output()).isZero();
        return env;
    }
}
