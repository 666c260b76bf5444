package cn.guifanku.audit;

import cn.guifanku.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Notes, for {@link AuditRecordingFilter}, who made a request and which handler took it: inside Spring MVC both are
 * known, while the filter, which runs outside Spring Security, sees neither once the request is done.
 */
class AuditHandlerCapture implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        if (actor.isSignedIn()) {
            request.setAttribute(AuditRecordingFilter.ACTOR, actor.username());
        }
        request.setAttribute(AuditRecordingFilter.HANDLER, handler);
        return true;
    }
}
