package cn.guifanku.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's public address ({@link PublicAddress}) from {@code guifanku.public-url}; checked at start where
 * {@code guifanku.public-url-required} (the production profile). A {@link WebMvcConfigurer} with nothing to configure,
 * like {@link TimeConfiguration}, so that web slice tests get it too: API answers write absolute links through it.
 */
@Configuration(proxyBeanMethods = false)
class PublicAddressConfiguration implements WebMvcConfigurer {

    @Bean
    PublicAddress publicAddress(@Value("${guifanku.public-url:}") String url,
                                @Value("${guifanku.public-url-required:false}") boolean required) {
        return new PublicAddress(url, required);
    }
}
