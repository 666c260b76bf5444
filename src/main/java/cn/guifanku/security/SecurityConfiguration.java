package cn.guifanku.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may reach what. The catalog, downloads and the read-only API are public; Camunda's webapps and REST API are
 * for administrators only, behind our login, never anonymous; everything else needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Our pages' policy: nothing inline, nothing from elsewhere. */
    static final String CSP = cn.guifanku.web.SecurityHeaders.CSP;

    /** What anyone may read (GET and HEAD): the catalog, downloads, the read-only API and its description. */
    static final String[] PUBLIC = {"/", "/standards/**", "/api/standards/**", "/api/proposals/**", "/login", "/register",
        "/proposals", "/proposals/*", "/proposals/*/review", "/proposals/*/review/comments", "/proposals/*/draft", "/proposals/*/draft/changes",
        "/proposals/*/draft/preview", "/proposals/*/draft/preview/*", "/proposals/*/comment-drafts/**",
        "/proposals/*/draft/word/*", "/proposals/*/word-imports/*/document",
        "/system", "/system.html", "/system.pdf", "/feeds/**", "/api/publications/progress", "/signing/*", "/search", "/api/search", "/terms", "/api/terms",
        "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
        "/swagger-ui.html"};

    /**
     * Camunda's engine REST API: administrators, with HTTP Basic on every call and never the session. A browser's
     * session cookie therefore authenticates nothing here, so no other site can make a signed-in administrator's
     * browser deploy a model or start a process (SameSite=Lax does not stop a sibling origin, and the engine's API knows
     * no CSRF token). Cockpit does not need this API: it talks to {@code /camunda/api/*}, which Camunda's own CSRF
     * filter guards. Basic credentials a browser might have cached are refused on writes from another site as well.
     */
    @Bean
    @Order(0)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Matched on the whole request URI: the REST API is a servlet of its own (CamundaPaths has made sure the raw
        // path is the canonical one).
        return http.securityMatcher(new RegexRequestMatcher("^/engine-rest(/.*)?$", null))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.realmName("engine-rest"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .addFilterBefore(new CrossSiteWrites(), BasicAuthenticationFilter.class)
                .build();
    }

    /** Camunda's webapps: admins only. They keep their own CSRF filter and security headers. */
    @Bean
    @Order(1)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        // Matched on the whole request URI: Camunda's webapp APIs are servlets of their own, so servlet-relative
        // matchers would miss them and let them fall through to the application's chain.
        return http.securityMatcher(new RegexRequestMatcher("^/camunda(/.*)?$", null))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .formLogin(f -> f.loginPage("/login"))
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        // Proposals check visibility themselves: a draft in comment is public, one in drafting is not.
                        .requestMatchers("/proposals/new", "/workbench").authenticated()
                        .requestMatchers("/admin/**", "/audit", "/audit.csv").hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.GET, PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/register").permitAll()
                        // The error page, whatever the method of the request that failed (a refused upload is a POST).
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/publications/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                // A username locked by throttling gets its own message; any other failure the usual one.
                .formLogin(f -> f.loginPage("/login").permitAll().failureHandler(new LoginFailures()))
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/"))
                // The JSON API answers 401 (with a Basic challenge) instead of redirecting to the sign-in page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {{
                    setRealmName("guifanku");
                }}, PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        // A refusal says why: a missing CSRF token is not the same as a missing right.
                        .accessDeniedHandler((request, response, denied) -> {
                            cn.guifanku.web.ProblemTexts.explain(request,
                                    denied instanceof org.springframework.security.web.csrf.CsrfException ? "csrf" : "access-denied");
                            response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
                        }))
                // Every state-changing request that comes with a session cookie carries a CSRF token: forms as a
                // field, our scripts as a header (meta tags in fragments.html). Only API clients WITHOUT a session
                // (HTTP Basic on each call, no cookie a browser could replay) send JSON writes without one.
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::sessionlessJsonApiCall))
                // Exactly the writers the download path before Spring Security uses too (web.SecurityHeaders).
                .headers(h -> {
                    h.defaultsDisabled();
                    cn.guifanku.web.SecurityHeaders.writers().forEach(h::addHeaderWriter);
                })
                .build();
    }

    static boolean sessionlessJsonApiCall(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestedSessionId() != null || !request.getRequestURI().startsWith("/api/")
                || request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            // JSON, or a Word document as the body: no page form can send either (a cross-site script would need a
            // CORS preflight, which we never answer), so a browser's cached Basic credentials cannot be replayed.
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) || cn.guifanku.web.UploadTypes.WORD.equalsTypeAndSubtype(type);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false; // refused as such by web.RequestBounds before it gets here
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
