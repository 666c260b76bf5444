package cn.guifanku.catalog;

import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link FileDownloads} ahead of the session and Spring Security's filters (it writes their security headers
 * itself, {@link cn.guifanku.web.SecurityHeaders}) and after the character encoding and the request metrics.
 */
@Configuration(proxyBeanMethods = false)
class FileDownloadsFilter {

    @Bean
    FilterRegistrationBean<FileDownloads> fileDownloads(Catalog catalog, ArtifactStore store, DownloadController downloads,
                                                        CatalogProperties properties) {
        var registration = new FilterRegistrationBean<>(new FileDownloads(catalog, store, downloads,
                properties.accelRedirect()));
        registration.addUrlPatterns("/standards/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
