/**
 * Administration pages: accounts and their roles (administrators), committees and their seats (administrators and
 * the secretariat). Accounts are deactivated, never deleted; every change is recorded in the audit trail.
 */
@ApplicationModule(allowedDependencies = {"audit", "people", "security", "web"})
package cn.guifanku.admin;

import org.springframework.modulith.ApplicationModule;
