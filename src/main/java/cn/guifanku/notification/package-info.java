/**
 * Notifications: mail about tasks, deadlines, ballot results and publications for the committee, and about new
 * editions, replacements (代替) and withdrawals (废止) for libraries that subscribe to a standard or a category.
 * Every mail is first a row in an outbox table, queued in the transaction of its event; one node of the cluster
 * claims and sends each row ({@link cn.guifanku.notification.CategoryOfStandard} is what other features may
 * provide: the 标准体系表 category of a standard).
 */
@ApplicationModule(allowedDependencies = {"ballot", "catalog", "people", "process", "proposal", "publication", "render", "review", "security", "web"})
package cn.guifanku.notification;

import org.springframework.modulith.ApplicationModule;
