package cn.guifanku;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature asks for "now" (tests replace it to move time: statuses are computed from it) and the
 * one time zone every date and time the product shows, mails or exports is written in: {@code guifanku.time-zone},
 * default Asia/Shanghai, whatever zone the JVM or the machine is set to. Nothing else names a zone.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    @Bean
    ZoneId zoneId(@Value("${guifanku.time-zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock(ZoneId zone) {
        return Clock.system(zone);
    }
}
