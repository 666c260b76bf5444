package cn.guifanku.admin;

import cn.guifanku.audit.AuditTrail;
import cn.guifanku.people.AccountRefusedException;
import cn.guifanku.people.NewPerson;
import cn.guifanku.people.People;
import cn.guifanku.people.Person;
import cn.guifanku.security.Role;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts: the list with roles, committees and state; creating one (through {@link People#create}, so the account
 * and password rules apply); changing roles; deactivating and reactivating. Never deleting: the review record names
 * people for ever. The secretariat may look; only administrators change.
 */
@Controller
class UserAdminController {

    private final People people;

    UserAdminController(People people) {
        this.people = people;
    }

    record Form(String username, String displayName, String organisation, String email, String password) {
    }

    @GetMapping("/admin/users")
    String list(Actor actor, Model model) {
        AdminAccess.checkAdminOrSecretariat(actor);
        List<Person> persons = people.persons();
        model.addAttribute("persons", persons);
        model.addAttribute("seats", persons.stream().collect(Collectors.toMap(Person::username,
                p -> people.seatsOf(p.username()))));
        model.addAttribute("isAdmin", actor.has(Role.ADMIN));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String form(Actor actor, Model model) {
        AdminAccess.checkAdmin(actor);
        model.addAttribute("form", new Form("", "", "", "", ""));
        model.addAttribute("roles", Role.values());
        model.addAttribute("chosen", Set.of());
        return "admin/user-new";
    }

    @PostMapping("/admin/users")
    String create(Form form, @RequestParam(name = "role", required = false) List<Role> roles, Actor actor,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        AdminAccess.checkAdmin(actor);
        String username = form.username() == null ? "" : form.username().strip();
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            people.create(new NewPerson(username, form.displayName(), form.organisation(), form.email(),
                    form.password()), chosen);
            AuditTrail.describe(request, "admin.user.create", "user", username, "角色 " + labels(chosen));
            redirect.addFlashAttribute("done", "admin.done.created");
            return "redirect:/admin/users/" + username;
        } catch (AccountRefusedException e) {
            AuditTrail.describe(request, "admin.user.create", "user", username, "拒绝：" + e.getMessage());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("form", new Form(form.username(), form.displayName(), form.organisation(), form.email(), ""));
            model.addAttribute("roles", Role.values());
            model.addAttribute("chosen", chosen);
            return "admin/user-new";
        }
    }

    @GetMapping("/admin/users/{username}")
    String show(@PathVariable String username, Actor actor, Model model) {
        AdminAccess.checkAdminOrSecretariat(actor);
        Person person = people.find(username).orElseThrow(() -> Problem.notFound("admin-user-not-found", username));
        model.addAttribute("person", person);
        model.addAttribute("seats", people.seatsOf(username));
        model.addAttribute("committees", people.committees());
        model.addAttribute("roles", Role.values());
        model.addAttribute("isAdmin", actor.has(Role.ADMIN));
        model.addAttribute("isSelf", username.equals(actor.username()));
        return "admin/user";
    }

    @PostMapping("/admin/users/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(name = "role", required = false) List<Role> roles,
                 Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
        AdminAccess.checkAdmin(actor);
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return change(request, redirect, username, "admin.user.roles", "角色 " + labels(chosen), "admin.done.roles",
                () -> people.setRoles(username, chosen));
    }

    @PostMapping("/admin/users/{username}/deactivation")
    String deactivate(@PathVariable String username, Actor actor, HttpServletRequest request,
                      RedirectAttributes redirect) {
        AdminAccess.checkAdmin(actor);
        return change(request, redirect, username, "admin.user.deactivate", "停用账户", "admin.done.deactivated",
                () -> people.deactivate(username, actor.username()));
    }

    @PostMapping("/admin/users/{username}/reactivation")
    String reactivate(@PathVariable String username, Actor actor, HttpServletRequest request,
                      RedirectAttributes redirect) {
        AdminAccess.checkAdmin(actor);
        return change(request, redirect, username, "admin.user.reactivate", "恢复账户", "admin.done.reactivated",
                () -> people.reactivate(username));
    }

    private static String change(HttpServletRequest request, RedirectAttributes redirect, String username,
                                 String action, String what, String done, Runnable change) {
        try {
            change.run();
            AuditTrail.describe(request, action, "user", username, what);
            redirect.addFlashAttribute("done", done);
        } catch (AccountRefusedException e) {
            AuditTrail.describe(request, action, "user", username, "拒绝：" + e.getMessage());
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users/" + username;
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? "（无）" : roles.stream().map(Role::label).collect(Collectors.joining("、"));
    }
}
