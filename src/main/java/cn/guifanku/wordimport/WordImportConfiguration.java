package cn.guifanku.wordimport;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The converter as a bean, with the limits the README states and the application's clock (for the template's year). */
@Configuration(proxyBeanMethods = false)
class WordImportConfiguration {

    @Bean
    WordImport wordImport(Clock clock) {
        return new WordImport(WordImportLimits.DEFAULTS, clock);
    }
}
