/**
 * Review: comments on clauses during 征求意见, their disposition, the 征求意见汇总处理表; events
 * {@link cn.guifanku.review.DraftSentForComments}, {@link cn.guifanku.review.CommentReminderDue},
 * {@link cn.guifanku.review.CommentPeriodClosed} and those of comments.
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "people", "process", "proposal", "render", "security", "web"})
package cn.guifanku.review;

import org.springframework.modulith.ApplicationModule;
