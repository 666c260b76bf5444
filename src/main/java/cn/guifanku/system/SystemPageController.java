package cn.guifanku.system;

import cn.guifanku.security.Role;
import cn.guifanku.content.Author;
import cn.guifanku.content.ConcurrentEditException;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 标准体系表 for everyone (a tree with counts and the classic table), and its editor for the secretariat: the YAML
 * in a text area, saved as a commit with its author on the revision it was loaded from.
 */
@Controller
class SystemPageController {

    private final SystemOverview overview;
    private final SystemFileStore store;

    SystemPageController(SystemOverview overview, SystemFileStore store) {
        this.overview = overview;
        this.store = store;
    }

    @GetMapping("/system")
    String system(Actor actor, Model model) {
        SystemView view = overview.build().orElseThrow(() -> Problem.notFound("system.missing"));
        model.addAttribute("view", view);
        model.addAttribute("mayEdit", mayEdit(actor));
        return "system/system";
    }

    @GetMapping("/system/edit")
    String edit(Actor actor, Model model) {
        checkEditor(actor);
        SystemFileStore.Loaded loaded = store.loadOrStart();
        model.addAttribute("text", loaded.text());
        model.addAttribute("baseRevision", loaded.revision());
        return "system/edit";
    }

    @PostMapping("/system/edit")
    String save(@RequestParam String text, @RequestParam String baseRevision,
                @RequestParam(required = false) String message, Actor actor, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        checkEditor(actor);
        try {
            String commit = store.save(text, baseRevision, new Author(actor.username(),
                    actor.username() + "@users.guifanku.invalid"), message);
            redirect.addFlashAttribute("saved", commit.substring(0, 10));
            return "redirect:/system/edit";
        } catch (SystemFileException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", e.explanation());
            model.addAttribute("problemLine", e.line());
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
        }
        model.addAttribute("text", text);
        model.addAttribute("baseRevision", baseRevision);
        model.addAttribute("message", message);
        return "system/edit";
    }

    static boolean mayEdit(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
    }

    private static void checkEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw Problem.forbidden("role-required", cn.guifanku.security.Role.SECRETARIAT.named());
        }
    }
}
