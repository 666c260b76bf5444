package cn.guifanku.content;

import java.time.Instant;

/**
 * Signs annotated tags: given the tag object's bytes as Git hashes them (without signature) and the tag's time,
 * returns an ASCII-armored detached OpenPGP signature, which the tag then carries ({@code git verify-tag} checks it).
 * Provided by the feature that holds the committee's key; without one, tags are not signed.
 */
public interface TagSigner {

    String sign(byte[] payload, Instant when);
}
