package cn.guifanku.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: a signed-in user with their {@link Role}s, or an anonymous reader. Features decide what an actor may
 * do; this only says who they are.
 */
public record Actor(String username, Set<Role> roles) {

    public static final Actor ANONYMOUS = new Actor(null, Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return ANONYMOUS;
        }
        return new Actor(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(Role::ofAuthority).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor has at least one of these roles. */
    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The Camunda groups of this actor: roles in lower case, as the identity plugin names them. */
    public List<String> groups() {
        return roles.stream().map(Role::group).sorted().toList();
    }
}
