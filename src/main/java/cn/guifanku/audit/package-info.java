/**
 * Audit trail: an append-only record (table {@code audit_entry}, refused UPDATE and DELETE by the database) of every
 * state-changing request, every sign-in and failed sign-in, and what the review process did by itself; the page
 * {@code /audit} with its CSV export, and each published edition's record. {@link cn.guifanku.audit.AuditTrail} is
 * what other features use.
 */
@ApplicationModule(allowedDependencies = {"ballot", "catalog", "content", "people", "process", "proposal", "security", "web"})
package cn.guifanku.audit;

import org.springframework.modulith.ApplicationModule;
