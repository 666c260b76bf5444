package cn.guifanku.admin;

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
        if (!actor.has("ADMIN")) {
            throw Problem.forbidden("role-required", "ADMIN");
        }
    }

    static void checkAdminOrSecretariat(Actor actor) {
        if (!actor.has("ADMIN") && !actor.has("SECRETARIAT")) {
            throw Problem.forbidden("role-required", "SECRETARIAT");
        }
    }
}
