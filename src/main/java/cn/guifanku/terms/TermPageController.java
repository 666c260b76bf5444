package cn.guifanku.terms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The term base page: every term with its definitions, a filter box, and the conflicting terms for the committee. */
@Controller
class TermPageController {

    private final TermBase terms;

    TermPageController(TermBase terms) {
        this.terms = terms;
    }

    @GetMapping("/terms")
    String terms(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean conflicts,
                 Model model) {
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("q", query);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("rows", terms.find(query, conflicts));
        model.addAttribute("conflictCount", terms.find("", true).size());
        return "terms/terms";
    }
}
