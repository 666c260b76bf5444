package cn.guifanku.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload (multipart, or a Word document as the body of an API call) larger than
 * {@code spring.servlet.multipart.max-request-size} with 413 before anything reads its
 * body. Without this, the CSRF check reads the form's {@code _csrf} field from the multipart body, the container gives
 * up parsing a body over the limit, and the browser would see a CSRF refusal (403) instead of "文件过大" (the error
 * page says so for 413).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(MultipartProperties multipart) {
        long max = multipart.getMaxRequestSize().toBytes();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                String lower = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
                if (max > 0 && (lower.startsWith("multipart/") || lower.startsWith(cn.guifanku.web.UploadTypes.WORD.toString()))
                        && request.getContentLengthLong() > max) {
                    cn.guifanku.web.ProblemTexts.explain(request, "upload-too-large");
                    response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("upload-limit");
        // Before Spring Security's filter chain (order -100).
        registration.setOrder(-101);
        return registration;
    }
}
