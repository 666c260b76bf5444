package cn.guifanku.people;

import cn.guifanku.security.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An account as other features see it; the password hash never leaves this package.
 *
 * @param organisation the library or institution, e.g. 国家图书馆; may be null
 * @param email        may be null
 * @param active       false once deactivated: such a person can no longer sign in, vote or be given tasks
 */
public record Person(String username, String displayName, String organisation, String email, boolean active,
        Set<Role> roles, Instant createdAt) {

    public Person {
        roles = roles(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** An unmodifiable set in declaration order, so roles always print the same way. */
    private static Set<Role> roles(Collection<Role> roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            set.addAll(roles);
        }
        return Collections.unmodifiableSet(set);
    }
}
