package cn.guifanku.content;

import java.time.OffsetDateTime;

/** An annotated tag: its name, the commit it marks, who made it and when. */
public record Tag(String name, String commitId, Author tagger, OffsetDateTime when, String message) {
}
