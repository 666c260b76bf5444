package cn.guifanku.admin;

import cn.guifanku.security.Role;
import cn.guifanku.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's front page: users, committees, the audit trail. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home(Actor actor, Model model) {
        AdminAccess.checkAdminOrSecretariat(actor);
        model.addAttribute("isAdmin", actor.has(Role.ADMIN));
        return "admin/index";
    }
}
