/**
 * Publication: an approved commit becomes a published edition (render, store, catalog, tag), all or nothing,
 * on a background thread. {@link cn.guifanku.publication.PublicationQueue} is what other features use.
 */
@ApplicationModule(allowedDependencies = {"archive", "catalog", "content", "process", "proposal", "render"})
package cn.guifanku.publication;

import org.springframework.modulith.ApplicationModule;
