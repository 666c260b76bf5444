package cn.guifanku.catalog;

/** A stored file, identified by the SHA-256 of its bytes (hex), which is also its ETag. */
public record Artifact(String sha256, long size) {
}
