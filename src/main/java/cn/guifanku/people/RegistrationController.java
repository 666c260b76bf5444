package cn.guifanku.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A library registers its own reader account (图书馆读者) from the sign-in page, to comment on drafts. */
@Controller
class RegistrationController {

    private final People people;

    RegistrationController(People people) {
        this.people = people;
    }

    record Form(String username, String displayName, String organisation, String email, String password) {
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", new Form("", "", "", "", ""));
        return "register";
    }

    @PostMapping("/register")
    String register(Form form, Model model) {
        try {
            people.register(new NewPerson(form.username() == null ? "" : form.username().strip(), form.displayName(),
                    form.organisation(), form.email(), form.password()));
            return "redirect:/login?registered";
        } catch (AccountRefusedException e) {
            model.addAttribute("problem", e.getMessage());
            // Keep what was typed, except the password.
            model.addAttribute("form", new Form(form.username(), form.displayName(), form.organisation(), form.email(), ""));
            return "register";
        }
    }
}
