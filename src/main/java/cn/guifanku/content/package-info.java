/**
 * Content: the standards repository in Git, behind {@link cn.guifanku.content.ContentRepository}.
 * Also the content migrations that bring new files into existing installations (V1 imports {@code standards/}).
 */
package cn.guifanku.content;
