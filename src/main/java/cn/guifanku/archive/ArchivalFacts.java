package cn.guifanku.archive;

import cn.guifanku.render.StandardMetadata;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What an archival PDF says about its edition, all taken from the edition itself and never from the clock: the header
 * facts (number, titles, issuer, committee, dates), and the tag and commit it was published from, which also give the
 * document's ID. The same edition therefore always gives the same bytes.
 *
 * @param metadata the header facts of the rendered edition
 * @param tagName  the edition's tag, for example {@code wh-t-201/2024}
 * @param commitId the commit the edition is rendered from
 */
public record ArchivalFacts(StandardMetadata metadata, String tagName, String commitId) {

    /** 16 bytes that name this edition: the start of SHA-256 over tag and commit (the PDF's /ID and xmpMM:DocumentID). */
    public byte[] documentId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("guifanku-edition\n" + tagName + "\n" + commitId).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document ID as a UUID-shaped URN for XMP. */
    String documentUuid() {
        String hex = HexFormat.of().formatHex(documentId());
        return "uuid:" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
