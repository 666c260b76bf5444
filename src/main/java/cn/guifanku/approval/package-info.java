/**
 * The chair's decision (批准): one page with the facts the decision rests on — each member's vote with its reason, the
 * quorum and threshold in words, the 征求意见汇总处理表, the redline against the edition in force, the draft's check
 * against the drafting rules and the catalog — and the approval itself, confirmed before it is made.
 */
@ApplicationModule(allowedDependencies = {"ballot", "catalog", "process", "proposal", "render", "review", "security", "web"})
package cn.guifanku.approval;

import org.springframework.modulith.ApplicationModule;
