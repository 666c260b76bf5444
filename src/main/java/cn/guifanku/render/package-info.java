/**
 * Rendering: a standard's AsciiDoc to safe, reproducible HTML and PDF laid out after GB/T 1.1—2020.
 * Other features use {@link cn.guifanku.render.StandardRenderer} and its value types only.
 */
package cn.guifanku.render;
