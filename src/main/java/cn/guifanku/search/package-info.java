/**
 * Search: Chinese full-text search over the clauses of every published edition (Lucene, a word-segmented and a
 * CJK-bigram field side by side), with status, category and year filters, highlighted snippets linking to the clause,
 * and, for signed-in committee members, over the drafts they may see. Other features use
 * {@link cn.guifanku.search.StandardCategories} (to supply the 标准体系表's categories) only.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "process", "proposal", "render", "security", "web"})
package cn.guifanku.search;

import org.springframework.modulith.ApplicationModule;
