package cn.guifanku.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean(destroyMethod = "close")
    GitContentRepository contentRepository(ContentProperties properties) {
        return new GitContentRepository(properties.repository());
    }
}
