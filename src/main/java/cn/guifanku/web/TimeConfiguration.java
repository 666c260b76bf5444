package cn.guifanku.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one clock every feature asks for "now" (tests replace it to move time: statuses are computed from it) and the
 * one time zone every date and time the product shows, mails or exports is written in: {@code guifanku.time-zone},
 * default Asia/Shanghai, whatever zone the JVM or the machine is set to. Nothing else names a zone.
 *
 * <p>A {@link WebMvcConfigurer} (with nothing to configure) so that web slice tests get the zone too: every page
 * writes its times through it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration implements WebMvcConfigurer {

    @Bean
    ZoneId zoneId(@Value("${guifanku.time-zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock(ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    Times times(ZoneId zone) {
        return new Times(zone);
    }

    @Bean
    ZonedTemporalsDialect zonedTemporalsDialect(ZoneId zone) {
        return new ZonedTemporalsDialect(zone);
    }
}
