/**
 * Term base: every entry under 术语和定义 of the editions in force, collected into one list (term, English
 * equivalent, definition, the standards that define it); the same term defined differently is flagged, and a draft
 * that redefines a term of another standard gets a warning when it is checked (through
 * {@link cn.guifanku.proposal.DraftAdvisor}).
 */
@ApplicationModule(allowedDependencies = {"catalog", "proposal", "render"})
package cn.guifanku.terms;

import org.springframework.modulith.ApplicationModule;
