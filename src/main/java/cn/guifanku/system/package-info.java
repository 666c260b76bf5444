/**
 * The 标准体系表 (after GB/T 13016): a file in the standards repository ({@code 体系表/体系表.yaml}, content migration
 * V2) holding a tree of categories with published and planned (待制定) standards, shown with the catalog's statuses and
 * the running proposals, as a page, the classic table (HTML and PDF), and an editor for the secretariat.
 * Other features use {@link cn.guifanku.system.StandardsSystem} and {@link cn.guifanku.system.Category}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "notification", "process", "proposal", "render", "search", "security", "web"})
package cn.guifanku.system;

import org.springframework.modulith.ApplicationModule;
