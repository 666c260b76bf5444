package cn.guifanku.archive;

import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.PublishedEdition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a library needs to verify an edition by itself: where it came from (commit and signed tag), its files with
 * their checksums, how the PDF was made and signed, the committee's public key and certificate, and the commands.
 *
 * @param archival how the PDF was made and signed; null for an edition published before archival editions (its files
 *                 keep their bytes; the signed checksums stand beside them)
 * @param commands the commands to run, in order, each with what it proves
 */
public record EditionVerification(String slug, String edition, String number, String titleZh, String commit,
                                  String tag, List<File> files, EditionArchive.Entry archival, Key key,
                                  List<Command> commands) {

    /** A published file: its name when downloaded, its URL, size and SHA-256. */
    public record File(String name, String url, long size, String sha256) {
    }

    /** The committee's key as a library fetches it. */
    public record Key(String userId, String pgpFingerprint, String pgpKeyUrl, String certificateSha256,
                      String certificateUrl, String certificateSubject, Instant validFrom, Instant validUntil) {
    }

    /** One command a library runs, and what it shows. */
    public record Command(String purpose, String text) {
    }

    static EditionVerification of(Edition e, EditionArchive.Entry archival, CommitteeKey key, String base,
                                  String repositoryUrl) {
        PublishedEdition p = e.published();
        String prefix = base + "/standards/" + e.slug() + "/" + e.key();
        List<File> files = List.of(
                new File(e.key() + ".pdf", prefix + ".pdf", p.pdf().size(), p.pdf().sha256()),
                // the archived HTML file (the edition's .html is its reading page, with today's status on top)
                new File(e.key() + ".html", prefix + "/archive.html", p.html().size(), p.html().sha256()));
        Key k = new Key(key.userId(), key.pgpFingerprint(), base + "/signing/committee.asc", key.certificateSha256(),
                base + "/signing/committee.pem", key.certificate().getSubjectX500Principal().getName(),
                key.certificate().getNotBefore().toInstant(), key.certificate().getNotAfter().toInstant());
        List<Command> commands = new ArrayList<>();
        commands.add(new Command("download", "curl -fsS -O " + prefix + ".pdf -o " + e.key() + ".html " + prefix
                + "/archive.html -O " + prefix
                + "/SHA256SUMS -O " + prefix + "/SHA256SUMS.asc -o committee.asc " + k.pgpKeyUrl()
                + " -o committee.pem " + k.certificateUrl()));
        commands.add(new Command("import-key", "gpg --import committee.asc && gpg --fingerprint " + key.pgpFingerprint()));
        commands.add(new Command("verify-sums", "gpg --verify SHA256SUMS.asc SHA256SUMS"));
        commands.add(new Command("check-sums", "sha256sum -c SHA256SUMS"));
        if (archival != null) {
            commands.add(new Command("pdfsig", "pdfsig " + e.key() + ".pdf"));
            commands.add(new Command("unsigned", "head -c " + archival.unsignedPdfSize() + " " + e.key()
                    + ".pdf | sha256sum    # " + archival.unsignedPdfSha256()));
        }
        String repository = repositoryUrl == null || repositoryUrl.isBlank() ? "REPOSITORY" : repositoryUrl;
        commands.add(new Command("verify-tag", "git clone --quiet --no-checkout " + repository + " standards && "
                + "git -C standards verify-tag " + p.tagName()));
        if (archival != null) {
            commands.add(new Command("rerender", "scripts/verify-edition.sh --repository " + repository + " --tag "
                    + p.tagName() + " --pdf " + e.key() + ".pdf --key committee.asc --certificate committee.pem"));
        }
        return new EditionVerification(e.slug(), e.key(), e.number(), e.metadata().titleZh(), p.commitId(),
                p.tagName(), files, archival, k, commands);
    }

    /** The checksum file {@code sha256sum -c} reads, named as the files are when downloaded. */
    String sha256sums() {
        StringBuilder sums = new StringBuilder();
        files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        return sums.toString();
    }
}
