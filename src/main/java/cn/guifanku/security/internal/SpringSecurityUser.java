package cn.guifanku.security.internal;

import cn.guifanku.security.Actor;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who is signed in: the user Spring Security authenticated for this request. Camunda reads
 * the user's groups from our tables through the identity plugin. Public with a no-argument constructor because
 * Camunda instantiates it by class name; in {@code internal}, so no other feature sees it.
 */
public class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        if (!actor.isSignedIn()) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(actor.username());
    }
}
