package cn.guifanku.catalog;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link FileDownloads} after Spring Security's filters (which write the security headers of every answer). */
@Configuration(proxyBeanMethods = false)
class FileDownloadsFilter {

    @Bean
    FilterRegistrationBean<FileDownloads> fileDownloads(Catalog catalog, ArtifactStore store, DownloadController downloads,
                                                        CatalogProperties properties) {
        var registration = new FilterRegistrationBean<>(new FileDownloads(catalog, store, downloads,
                properties.accelRedirect()));
        registration.addUrlPatterns("/standards/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
