package cn.guifanku.admin;

import cn.guifanku.security.Role;
import cn.guifanku.audit.AuditTrail;
import cn.guifanku.people.AccountRefusedException;
import cn.guifanku.people.Committee;
import cn.guifanku.people.CommitteeFunction;
import cn.guifanku.people.Memberships;
import cn.guifanku.people.People;
import cn.guifanku.people.Person;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Committees and their seats: members (委员), the chair (主任委员) and the secretariat (秘书处). Administrators and the
 * secretariat change seats; only administrators open a committee. A ballot copies the voting members when it opens:
 * a change applies to ballots opened afterwards, which the page says.
 */
@Controller
class CommitteeAdminController {

    private final People people;
    private final Memberships memberships;

    CommitteeAdminController(People people, Memberships memberships) {
        this.people = people;
        this.memberships = memberships;
    }

    @GetMapping("/admin/committees")
    String list(Actor actor, Model model) {
        AdminAccess.checkAdminOrSecretariat(actor);
        model.addAttribute("committees", people.committees());
        model.addAttribute("isAdmin", actor.has(Role.ADMIN));
        return "admin/committees";
    }

    @PostMapping("/admin/committees")
    String create(@RequestParam String id, @RequestParam String name, @RequestParam String code, Actor actor,
                  HttpServletRequest request, RedirectAttributes redirect) {
        AdminAccess.checkAdmin(actor);
        try {
            Committee committee = memberships.create(new Committee(id == null ? null : id.strip(), name, code));
            AuditTrail.describe(request, "admin.committee.create", "committee", committee.id(),
                    committee.code() + " " + committee.name());
            redirect.addFlashAttribute("done", "admin.done.committeeCreated");
            return "redirect:/admin/committees/" + committee.id();
        } catch (AccountRefusedException e) {
            AuditTrail.describe(request, "admin.committee.create", "committee", id, "拒绝：" + e.getMessage());
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/admin/committees";
        }
    }

    @GetMapping("/admin/committees/{id}")
    String show(@PathVariable String id, Actor actor, Model model) {
        AdminAccess.checkAdminOrSecretariat(actor);
        Committee committee = people.committee(id).orElseThrow(() -> Problem.notFound("admin-committee-not-found", id));
        model.addAttribute("committee", committee);
        model.addAttribute("seats", memberships.seats(id));
        model.addAttribute("candidates", people.persons().stream().filter(Person::active).toList());
        model.addAttribute("functions", CommitteeFunction.values());
        return "admin/committee";
    }

    @PostMapping("/admin/committees/{id}/seats")
    String seat(@PathVariable String id, @RequestParam String username, @RequestParam CommitteeFunction function,
                Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
        AdminAccess.checkAdminOrSecretariat(actor);
        return change(request, redirect, id, "admin.committee.seat", username + " 任" + function.label(),
                () -> memberships.seat(id, username, function));
    }

    @PostMapping("/admin/committees/{id}/seats/{username}/removal")
    String unseat(@PathVariable String id, @PathVariable String username, Actor actor, HttpServletRequest request,
                  RedirectAttributes redirect) {
        AdminAccess.checkAdminOrSecretariat(actor);
        return change(request, redirect, id, "admin.committee.unseat", username + " 离开委员会",
                () -> memberships.unseat(id, username));
    }

    private static String change(HttpServletRequest request, RedirectAttributes redirect, String id, String action,
                                 String what, Runnable change) {
        try {
            change.run();
            AuditTrail.describe(request, action, "committee", id, what);
            redirect.addFlashAttribute("done", "admin.done.seats");
        } catch (AccountRefusedException e) {
            AuditTrail.describe(request, action, "committee", id, "拒绝：" + e.getMessage());
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/committees/" + id;
    }
}
