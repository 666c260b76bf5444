/**
 * Rendering: a standard's AsciiDoc to safe, reproducible HTML and PDF laid out after GB/T 1.1—2020, and
 * the plain committee documents kept beside it (编制说明, 征求意见汇总处理表) with the same fonts and rules.
 * Drafts render with their stage ({@link cn.guifanku.render.DraftStage}) on the cover and in every header, and
 * {@link cn.guifanku.render.DraftingRules} checks a draft's AsciiDoc against the drafting rules of GB/T 1.1—2020.
 * Other features use {@link cn.guifanku.render.StandardRenderer}, {@link cn.guifanku.render.DraftingRules} and their
 * value types only.
 */
@ApplicationModule(allowedDependencies = {"content"})
package cn.guifanku.render;

import org.springframework.modulith.ApplicationModule;
