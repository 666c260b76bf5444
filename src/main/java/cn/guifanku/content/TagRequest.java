package cn.guifanku.content;

import java.time.OffsetDateTime;

/** An annotated tag to create on a commit. */
public record TagRequest(String name, String commitId, Author tagger, OffsetDateTime when, String message) {
}
