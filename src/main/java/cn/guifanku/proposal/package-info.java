/**
 * Proposals: their facts and drafts on branches ({@link cn.guifanku.proposal.Drafts}), draft checks, previews, the
 * redline, the people's decisions ({@link cn.guifanku.proposal.ProposalDecisions}, each one transaction over our tables
 * and the engine's) and the permanent history, whose rows are the typed domain events
 * ({@link cn.guifanku.proposal.ProposalEvent}) other features listen to. The stage is the process's to move.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "process", "render", "security", "web", "wordimport"})
package cn.guifanku.proposal;

import org.springframework.modulith.ApplicationModule;
