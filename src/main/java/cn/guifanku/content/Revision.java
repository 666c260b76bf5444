package cn.guifanku.content;

import java.time.OffsetDateTime;
import java.util.Map;

/** One commit as history shows it, with its Git trailers parsed. */
public record Revision(String id, Author author, OffsetDateTime when, String subject, Map<String, String> trailers) {

    public Revision {
        trailers = Map.copyOf(trailers);
    }
}
