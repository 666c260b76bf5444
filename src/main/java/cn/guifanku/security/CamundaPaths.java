package cn.guifanku.security;

import cn.guifanku.web.ProblemTexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's paths only as written: a request the container would map to {@code /engine-rest} or {@code /camunda} is
 * refused with 400 before any filter or the engine sees it unless its raw path says so literally — no doubled slash
 * ({@code //engine-rest/user}), no path parameter ({@code /engine-rest;x=1/user}), no percent-encoded letters
 * ({@code /%65ngine-rest/user}), no dot segments. Rules that match paths (ours, Camunda's own) then always see the path
 * the engine serves.
 */
@Configuration(proxyBeanMethods = false)
class CamundaPaths {

    private static final String[] ROOTS = {"/engine-rest", "/camunda"};

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaPathFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (refused(request)) {
                    ProblemTexts.explain(request, "bad-path");
                    response.sendError(HttpStatus.BAD_REQUEST.value());
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("camunda-paths");
        registration.setOrder(-103);
        return registration;
    }

    static boolean refused(HttpServletRequest request) {
        String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        for (String root : ROOTS) {
            if (isUnder(decoded, root) || isUnder(raw.toLowerCase(Locale.ROOT), root)) {
                return !isUnder(raw, root) || raw.contains("//") || raw.contains(";") || raw.contains("\\")
                        || raw.contains("/./") || raw.contains("/../") || raw.endsWith("/.") || raw.endsWith("/..")
                        || raw.toLowerCase(Locale.ROOT).contains("%2e") || raw.toLowerCase(Locale.ROOT).contains("%2f");
            }
        }
        return false;
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
