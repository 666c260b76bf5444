/**
 * Catalog: the published standards, their editions and statuses, as pages, JSON and downloads.
 * Publication writes to it through {@link cn.guifanku.catalog.Catalog#record} and {@link cn.guifanku.catalog.ArtifactStore}.
 */
@ApplicationModule(allowedDependencies = {"render", "web"})
package cn.guifanku.catalog;

import org.springframework.modulith.ApplicationModule;
