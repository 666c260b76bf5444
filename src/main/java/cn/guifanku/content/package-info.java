/**
 * Content: the standards repository in Git, behind {@link cn.guifanku.content.ContentRepository}.
 * Also the content migrations that bring new files into existing installations (V1 imports {@code standards/}).
 */
@ApplicationModule(allowedDependencies = {})
package cn.guifanku.content;

import org.springframework.modulith.ApplicationModule;
