package cn.guifanku.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: a signed-in user with their roles (READER, EDITOR, MEMBER, SECRETARIAT, CHAIR, ADMIN), or an
 * anonymous reader. Features decide what an actor may do; this only says who they are.
 */
public record Actor(String username, Set<String> roles) {

    public static final Actor ANONYMOUS = new Actor(null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return ANONYMOUS;
        }
        return new Actor(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).collect(Collectors.toSet()));
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The Camunda groups of this actor: roles in lower case, as the identity plugin names them. */
    public java.util.List<String> groups() {
        return roles.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
    }
}
