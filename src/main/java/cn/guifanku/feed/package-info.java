/**
 * Atom feeds (RFC 4287): standards newly published, replaced (被代替) and withdrawn (废止); drafts open for comment
 * (征求意见); the changes of one standard. Read from the catalog and the proposals' history; nothing is stored.
 */
@ApplicationModule(allowedDependencies = {"catalog", "process", "proposal", "render", "review", "web"})
package cn.guifanku.feed;

import org.springframework.modulith.ApplicationModule;
