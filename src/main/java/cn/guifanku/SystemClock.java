package cn.guifanku;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every feature asks for "now", so tests can move time (statuses are computed from it). */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
