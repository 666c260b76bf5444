package cn.guifanku.audit;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing request (anything but GET, HEAD and OPTIONS) after it completes, whatever its
 * outcome: refused requests are evidence too. Runs outside Spring Security, so it also sees what security refused;
 * {@link AuditHandlerCapture} notes the actor and handler when the request reaches one. Camunda's own webapps and
 * REST API are left out, and so is Git over HTTP ({@link GitPushAudit}), and so are sign-in and sign-out, which {@link AuthenticationAudit} records from Spring
 * Security's events.
 *
 * <p>The address is {@code getRemoteAddr()}: a proxy's X-Forwarded-For is honoured exactly when
 * {@code server.forward-headers-strategy} tells the server to rewrite it.
 */
class AuditRecordingFilter extends OncePerRequestFilter {

    static final String ACTOR = AuditRecordingFilter.class.getName() + ".actor";
    static final String HANDLER = AuditRecordingFilter.class.getName() + ".handler";

    private static final Logger log = LoggerFactory.getLogger(AuditRecordingFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditTrail trail;

    AuditRecordingFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE.contains(request.getMethod()) || path.equals("/login") || path.equals("/logout")
                || path.startsWith("/camunda/") || path.equals("/camunda") || path.startsWith("/engine-rest")
                // Git over HTTP: fetches are no audit events, and each push is recorded once by GitPushAudit.
                || path.startsWith("/git/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                // A handler answering later (CompletableFuture): record once the answer is known.
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        record(request, response, false);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                        // onComplete follows
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                        // onComplete follows
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                        // nothing to record yet
                    }
                });
            } else {
                record(request, response, failed);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, boolean failed) {
        try {
            trail.append(entry(request, response, failed));
        } catch (RuntimeException e) {
            // The request has been answered; a lost entry must at least be loud in the log.
            log.error("Could not record {} {} in the audit trail", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private AuditEntry entry(HttpServletRequest request, HttpServletResponse response, boolean failed) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        AuditTargets.Target target = AuditTargets.target(path, variables, response.getHeader("Location"));
        String action = AuditTargets.action(request.getAttribute(HANDLER), request.getMethod());
        String details = null;
        if (request.getAttribute(AuditTrail.DESCRIPTION) instanceof AuditTrail.Description d) {
            action = d.action() != null ? d.action() : action;
            target = d.targetId() != null ? new AuditTargets.Target(d.targetKind(), d.targetId()) : target;
            details = d.details();
        }
        String outcome = failed ? "500" : Integer.toString(response.getStatus());
        return new AuditEntry(null, trail.now(), actor(request), action, target.kind(), target.id(),
                request.getRemoteAddr(), request.getMethod(), path, outcome, details);
    }

    /** Who, as the handler saw it; for a request refused before it, whoever the session is signed in as. */
    private static String actor(HttpServletRequest request) {
        if (request.getAttribute(ACTOR) instanceof String actor) {
            return actor;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null) {
            return context.getAuthentication().getName();
        }
        return null;
    }
}
