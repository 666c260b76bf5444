package cn.guifanku.security;

import cn.guifanku.security.internal.SpringSecurityUser;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on for Camunda's webapps: an administrator signed in to the application opens Cockpit, Tasklist and
 * Admin without signing in again. Camunda's container-based authentication asks {@link SpringSecurityUser} who the
 * container (here: Spring Security, whose chain runs first and admits administrators only) says is signed in.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-container-based-authentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        // After Spring Security's filter chain (order -100), so the security context is set when Camunda asks.
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }
}
