package cn.guifanku.catalog;

import cn.guifanku.render.StandardMetadata;
import java.time.Instant;

/** An edition as publication records it in the catalog: its header facts, where it came from, its files. */
public record PublishedEdition(String slug, String editionKey, StandardMetadata metadata, String commitId,
                               String tagName, Artifact html, Artifact pdf, Instant publishedAt) {
}
