package cn.guifanku.audit;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Installs the recording filter just outside Spring Security (so refusals are recorded too) and the interceptor
 * that tells it who acted. Declared here rather than as scanned components, so that other features' controller
 * slice tests do not need the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    FilterRegistrationBean<AuditRecordingFilter> auditRecordingFilter(AuditTrail trail) {
        FilterRegistrationBean<AuditRecordingFilter> registration = new FilterRegistrationBean<>(
                new AuditRecordingFilter(trail));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebMvcConfigurer auditHandlerCapture() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AuditHandlerCapture());
            }
        };
    }
}
