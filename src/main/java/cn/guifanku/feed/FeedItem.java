package cn.guifanku.feed;

import java.time.Instant;

/**
 * One entry of a feed.
 *
 * @param id      a stable URN: the same event always has the same id
 * @param slug    the standard it concerns (null for a new standard's draft)
 * @param path    the page it links to, relative to the application
 * @param enclosure a file that goes with it (the 征求意见稿 PDF), relative to the application; null when none
 */
record FeedItem(String id, String title, String summary, String path, Instant updated, String slug, String enclosure) {

    FeedItem(String id, String title, String summary, String path, Instant updated, String slug) {
        this(id, title, summary, path, updated, slug, null);
    }
}
