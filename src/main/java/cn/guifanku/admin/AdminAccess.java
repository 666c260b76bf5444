package cn.guifanku.admin;

import cn.guifanku.security.Role;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;

/**
 * Who may do what here. The URL rules already keep everyone but administrators and the secretariat out of
 * {@code /admin/**}; these checks hold the finer line: accounts and roles are for administrators only, committee
 * seats for both.
 */
final class AdminAccess {

    private AdminAccess() {
    }

    static void checkAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw Problem.forbidden("role-required", Role.ADMIN.named());
        }
    }

    static void checkAdminOrSecretariat(Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.SECRETARIAT)) {
            throw Problem.forbidden("role-required", Role.SECRETARIAT.named());
        }
    }
}
