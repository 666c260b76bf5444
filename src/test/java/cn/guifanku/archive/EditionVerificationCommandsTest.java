package cn.guifanku.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.PublishedEdition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands a library is given: for an edition signed when published, and for one published before (kept as it was). */
class EditionVerificationCommandsTest {

    static final Edition EDITION = new Edition(new PublishedEdition("wh-t-201", "2024", TestPdfs.METADATA, "c0ffee".repeat(6) + "c0ff",
            "wh-t-201/2024", new Artifact("a".repeat(64), 10), new Artifact("b".repeat(64), 20), Instant.parse("2024-03-15T02:00:00Z")),
            EditionStatus.CURRENT, List.of());
    static final EditionArchive.Entry SIGNED = new EditionArchive.Entry("wh-t-201", "2024", "guifanku 1", "PDF/A-2u", 15,
            "c".repeat(64), Instant.parse("2026-12-07T02:00:00Z"), "d".repeat(64), "E".repeat(40));

    @Test
    void signedEditionIsCheckedWithPdfsigTheUnsignedChecksumAndTheRerender() {
        EditionVerification v = EditionVerification.of(EDITION, SIGNED, TestKeys.committee(), "https://std.example",
                "https://git.example/standards.git");

        assertThat(v.commands()).extracting(EditionVerification.Command::text).contains(
                "gpg --verify SHA256SUMS.asc SHA256SUMS", "sha256sum -c SHA256SUMS", "pdfsig 2024.pdf",
                "head -c 15 2024.pdf | sha256sum    # " + "c".repeat(64),
                "git clone --quiet --no-checkout https://git.example/standards.git standards && git -C standards verify-tag wh-t-201/2024",
                "scripts/verify-edition.sh --repository https://git.example/standards.git --tag wh-t-201/2024 --pdf 2024.pdf"
                        + " --key committee.asc --certificate committee.pem");
        assertThat(v.sha256sums()).isEqualTo("b".repeat(64) + "  2024.pdf\n" + "a".repeat(64) + "  2024.html\n");
        assertThat(v.files()).extracting(EditionVerification.File::url)
                .containsExactly("https://std.example/standards/wh-t-201/2024.pdf", "https://std.example/standards/wh-t-201/2024/archive.html");
    }

    @Test
    void editionPublishedBeforeKeepsItsBytesAndIsCheckedByTheSignedChecksumsAndTag() {
        EditionVerification v = EditionVerification.of(EDITION, null, TestKeys.committee(), "https://std.example", "");

        assertThat(v.archival()).isNull();
        assertThat(v.commands()).extracting(EditionVerification.Command::purpose)
                .containsExactly("download", "import-key", "verify-sums", "check-sums", "verify-tag");
        assertThat(v.files()).extracting(EditionVerification.File::sha256).containsExactly("b".repeat(64), "a".repeat(64));
    }
}
