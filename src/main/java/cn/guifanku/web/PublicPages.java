package cn.guifanku.web;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Registers {@link PublicPageFilter} right after Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
class PublicPages {

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPageCache cache, LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new PublicPageFilter(cache, localeResolver));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
