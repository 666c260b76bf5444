package cn.guifanku.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.content.ContentProperties;
import cn.guifanku.render.StandardRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a library checks of the published samples, with the real tools, on what the installation serves: veraPDF on
 * every PDF, git verify-tag on a clone of the repository in the data folder with the downloaded public key, the
 * signed checksums with gpg and sha256sum, the verification page and JSON, and the verify command, which finds the
 * re-render in the file and a changed byte.
 */
class EditionVerificationTest extends ApplicationTestBase {

    static final List<String> SAMPLES = List.of("wh-t-201/2019", "wh-t-201/2024", "wh-t-202/2023", "wh-t-203/2025");

    @Autowired
    ContentProperties contentSettings;
    @Autowired
    StandardRenderer renderer;

    @TempDir
    Path dir;

    @Test
    void everyPublishedSamplePdfIsSignedPdfA2u() {
        PdfaValidation veraPdf = new PdfaValidation();
        for (String sample : SAMPLES) {
            byte[] pdf = download("/standards/" + sample + ".pdf");
            assertThat(veraPdf.validate(pdf).broken()).as(sample).isEmpty();
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as(sample).contains("/ETSI.CAdES.detached");
        }
    }

    @Test
    void gitVerifyTagAcceptsEverySampleTagOnACloneWithTheServedKey() {
        Tools.require("git", "gpg");
        Map<String, String> gpg = keyring();
        Tools.Result clone = Tools.run(dir, "git", "clone", "--quiet", "--no-checkout",
                contentSettings.repository().toAbsolutePath().toString(), "standards");
        assertThat(clone.status()).as(clone.output()).isZero();
        for (String sample : SAMPLES) {
            Tools.Result verified = Tools.run(dir.resolve("standards"), gpg, "git", "verify-tag", sample);
            assertThat(verified.status()).as(sample + ": " + verified.output()).isZero();
            assertThat(verified.output()).contains("Good signature from");
        }
    }

    @Test
    void signedChecksumsVerifyWithGpgAndSha256sum() throws Exception {
        Tools.require("gpg", "sha256sum");
        Map<String, String> gpg = keyring();
        Files.write(dir.resolve("2024.pdf"), download("/standards/wh-t-201/2024.pdf"));
        Files.write(dir.resolve("2024.html"), download("/standards/wh-t-201/2024/archive.html"));
        Files.write(dir.resolve("SHA256SUMS"), download("/standards/wh-t-201/2024/SHA256SUMS"));
        Files.write(dir.resolve("SHA256SUMS.asc"), download("/standards/wh-t-201/2024/SHA256SUMS.asc"));

        Tools.Result signature = Tools.run(dir, gpg, "gpg", "--batch", "--verify", "SHA256SUMS.asc", "SHA256SUMS");
        assertThat(signature.status()).as(signature.output()).isZero();
        assertThat(signature.output()).contains("Good signature from \"全国图书馆标准化技术委员会\"");
        Tools.Result sums = Tools.run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.status()).as(sums.output()).isZero();
        assertThat(sums.output()).contains("2024.pdf: OK", "2024.html: OK");
    }

    @Test
    void verificationPageAndApiGiveCommitTagChecksumsKeyAndCommands() {
        var edition = catalog.edition("wh-t-202", "2023").orElseThrow().published();
        String page = new String(download("/standards/wh-t-202/2023/verification"), StandardCharsets.UTF_8);
        assertThat(page).contains(edition.commitId(), edition.tagName(), edition.pdf().sha256(), edition.html().sha256(),
                "PDF/A-2u", "git -C standards verify-tag wh-t-202/2023", "pdfsig 2023.pdf", "sha256sum -c SHA256SUMS",
                "scripts/verify-edition.sh", "/signing/committee.asc", "/signing/committee.pem");
        String json = new String(download("/api/standards/wh-t-202/2023/verification"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"commit\":\"" + edition.commitId() + "\"", "\"pdfLevel\":\"PDF/A-2u\"",
                "\"rendererVersion\":\"guifanku ", "\"pgpFingerprint\"", "\"unsignedPdfSha256\"");
        assertThat(new String(download("/signing/committee.pem"), StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(http.get().uri("/standards/wh-t-202/1999/verification").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void verifyCommandFindsTheReRenderInThePublishedFileAndAChangedByte() throws Exception {
        Tools.require("git", "gpg", "sha256sum");
        Files.write(dir.resolve("2025.pdf"), download("/standards/wh-t-203/2025.pdf"));
        Files.write(dir.resolve("committee.asc"), download("/signing/committee.asc"));
        Files.write(dir.resolve("committee.pem"), download("/signing/committee.pem"));

        Tools.Result verified = Tools.run(dir, "bash", Path.of("scripts/verify-edition.sh").toAbsolutePath().toString(),
                "--repository", contentSettings.repository().toAbsolutePath().toString(), "--tag", "wh-t-203/2025",
                "--pdf", "2025.pdf", "--key", "committee.asc", "--certificate", "committee.pem",
                "--classpath", System.getProperty("java.class.path"));
        assertThat(verified.status()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("TAG SIGNATURE: good", "as the tag records", "MATCH: the first",
                "SIGNATURE: valid", "RESULT: VERIFIED");

        byte[] changed = Files.readAllBytes(dir.resolve("2025.pdf"));
        changed[changed.length / 3] ^= 0x01;
        Files.write(dir.resolve("changed.pdf"), changed);
        Path source = dir.resolve("source");
        Tools.run(dir, "git", "clone", "--quiet", "--no-checkout", contentSettings.repository().toAbsolutePath().toString(), "standards");
        Tools.Result archive = Tools.run(dir, "bash", "-c", "mkdir source && git -C standards archive wh-t-203/2025 wh-t-203 | tar -x -C source");
        assertThat(archive.status()).as(archive.output()).isZero();
        String commit = catalog.edition("wh-t-203", "2025").orElseThrow().published().commitId();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int status = VerifyEdition.run(new String[] {"--folder", source.resolve("wh-t-203").toString(), "--tag",
                "wh-t-203/2025", "--commit", commit, "--pdf", dir.resolve("changed.pdf").toString(), "--certificate",
                dir.resolve("committee.pem").toString()}, new PrintStream(report, true, StandardCharsets.UTF_8), renderer::render);
        assertThat(status).isEqualTo(1);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("MISMATCH: the published file differs from the re-render at byte "
                + changed.length / 3, "NOT VERIFIED");
    }

    private byte[] download(String path) {
        var response = http.get().uri(path).retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    /** A keyring of its own with the public key the installation serves, as a library imports it. */
    private Map<String, String> keyring() {
        try {
            Path home = Files.createDirectories(dir.resolve("gnupg"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
            Files.write(dir.resolve("served.asc"), download("/signing/committee.asc"));
            Map<String, String> env = Map.of("GNUPGHOME", home.toString());
            Tools.Result imported = Tools.run(dir, env, "gpg", "--batch", "--import", "served.asc");
            assertThat(imported.status()).as(imported.output()).isZero();
            return env;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
