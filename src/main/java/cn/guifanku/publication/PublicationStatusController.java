package cn.guifanku.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows what publication is doing and what it did, with the report of any edition that failed. */
@Controller
class PublicationStatusController {

    private final PublicationAttempts attempts;
    private final PublicationQueue queue;

    PublicationStatusController(PublicationAttempts attempts, PublicationQueue queue) {
        this.attempts = attempts;
        this.queue = queue;
    }

    @GetMapping("/publications")
    String list(Model model) {
        model.addAttribute("attempts", attempts.recent(200));
        model.addAttribute("inProgress", queue.inProgress());
        return "publication/list";
    }
}
