/**
 * Rendering: a standard's AsciiDoc to safe, reproducible HTML and PDF laid out after GB/T 1.1—2020, and
 * the plain committee documents kept beside it (编制说明, 征求意见汇总处理表) with the same fonts and rules.
 * Other features use {@link cn.guifanku.render.StandardRenderer} and its value types only.
 */
package cn.guifanku.render;
