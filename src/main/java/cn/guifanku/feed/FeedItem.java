package cn.guifanku.feed;

import java.time.Instant;

/**
 * One entry of a feed.
 *
 * @param id      a stable URN: the same event always has the same id
 * @param slug    the standard it concerns (null for a new standard's draft)
 * @param path    the page it links to, relative to the application
 */
record FeedItem(String id, String title, String summary, String path, Instant updated, String slug) {
}
