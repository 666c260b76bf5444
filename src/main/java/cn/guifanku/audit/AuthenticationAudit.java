package cn.guifanku.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in, failed sign-in (form or HTTP Basic) and sign-out, from Spring Security's events. A successful HTTP Basic
 * request is not a sign-in worth a line each time; its state-changing requests are recorded by the filter.
 */
@Component
class AuthenticationAudit {

    private final AuditTrail trail;

    AuthenticationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        append(event.getAuthentication(), event.getAuthentication().getName(), "auth.login", "success", null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        // Not the actor (nobody signed in), but the name tried is what an investigation needs.
        append(event.getAuthentication(), null, "auth.login.failed", "refused",
                "用户名 " + event.getAuthentication().getName() + "（" + reason + "）");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        append(event.getAuthentication(), event.getAuthentication().getName(), "auth.logout", "success", null);
    }

    private void append(Authentication authentication, String actor, String action, String outcome, String details) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        String address = request != null ? request.getRemoteAddr()
                : authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        String path = request == null ? null : request.getRequestURI().substring(request.getContextPath().length());
        trail.append(new AuditEntry(null, trail.now(), actor, action, "user", authentication.getName(), address,
                request == null ? null : request.getMethod(), path, outcome, details));
    }
}
