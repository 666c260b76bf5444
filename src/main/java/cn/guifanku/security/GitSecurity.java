package cn.guifanku.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Git over HTTP ({@code /git/**}): HTTP Basic with a personal access token on every request, never a password and never
 * the session (so no CSRF token either: a browser's cookie authenticates nothing here). Anyone may clone and fetch
 * at {@code /git/standards.git} (what they see is the content module's ref filter); a push there, and every request at
 * {@code /git/auth/standards.git} (where a token's owner also fetches the drafts they may read), needs a token, and
 * without one gets 401 with a Basic challenge, which makes {@code git} ask for credentials. Only the smart protocol's
 * endpoints exist.
 */
@Configuration(proxyBeanMethods = false)
class GitSecurity {

    @Bean
    @Order(-1)
    SecurityFilterChain git(HttpSecurity http, ObjectProvider<AccessTokenCheck> tokens) throws Exception {
        return http.securityMatcher(new RegexRequestMatcher("^/git(/.*)?$", null))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GitSecurity::push).authenticated()
                        .requestMatchers(GitSecurity::fetch).permitAll()
                        .anyRequest().denyAll())
                .httpBasic(b -> b.realmName("guifanku-git"))
                .authenticationManager(new ProviderManager(tokenProvider(tokens)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .addFilterBefore(new CrossSiteWrites(), BasicAuthenticationFilter.class)
                .build();
    }

    private static AuthenticationProvider tokenProvider(ObjectProvider<AccessTokenCheck> tokens) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String token = String.valueOf(authentication.getCredentials());
                AccessTokenCheck check = tokens.getIfAvailable();
                UserDetails user = check == null ? null
                        : check.check(authentication.getName(), token).orElse(null);
                if (user == null) {
                    throw new BadCredentialsException("Git takes personal access tokens only");
                }
                if (!user.isEnabled()) {
                    throw new DisabledException("Account not active");
                }
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** A push (the receive-pack service's advertisement or its POST), or anything at the signed-in door. */
    static boolean push(HttpServletRequest request) {
        String path = path(request);
        return service(path, request, "/git/standards.git/", "git-receive-pack")
                || service(path, request, "/git/auth/standards.git/", "git-receive-pack")
                || service(path, request, "/git/auth/standards.git/", "git-upload-pack");
    }

    /** A clone or fetch at the public door: the upload-pack service's advertisement or its POST. */
    static boolean fetch(HttpServletRequest request) {
        return service(path(request), request, "/git/standards.git/", "git-upload-pack");
    }

    private static boolean service(String path, HttpServletRequest request, String repository, String service) {
        return path.equals(repository + service)
                || path.equals(repository + "info/refs") && service.equals(request.getParameter("service"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
