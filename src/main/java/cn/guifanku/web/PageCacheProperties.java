package cn.guifanku.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The cache of public pages as anonymous readers see them ({@link PublicPageCache}).
 *
 * @param enabled  whether public pages are cached at all
 * @param maxAge   longest time a cached page is served as current: what changes on another node (other than the
 *                 catalog, which each node rechecks) shows within this time (to readers arriving while the page is
 *                 being made again, within the time that takes); a change on this node shows at once
 * @param maxSize  memory for cached pages, all together
 * @param maxPage  a page larger than this is not cached
 */
@ConfigurationProperties("guifanku.page-cache")
record PageCacheProperties(Boolean enabled, Duration maxAge, DataSize maxSize, DataSize maxPage) {

    PageCacheProperties {
        enabled = enabled == null || enabled;
        maxAge = maxAge == null ? Duration.ofSeconds(10) : maxAge;
        maxSize = maxSize == null ? DataSize.ofMegabytes(64) : maxSize;
        maxPage = maxPage == null ? DataSize.ofMegabytes(2) : maxPage;
    }
}
