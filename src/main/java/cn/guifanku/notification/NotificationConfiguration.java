package cn.guifanku.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox drain and the watches run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
