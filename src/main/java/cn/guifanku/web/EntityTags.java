package cn.guifanku.web;

/** RFC 9110 entity tags, as the download path and the page cache compare them. */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether an If-None-Match header names this (strong) ETag: by itself, weakly, or as {@code *}. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
