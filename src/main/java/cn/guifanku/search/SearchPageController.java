package cn.guifanku.search;

import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a box, filters, hits with the matching clause and its marked words, pages from 1. */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 20;
    private final Search search;
    private final DraftSearch drafts;

    SearchPageController(Search search, DraftSearch drafts) {
        this.search = search;
        this.drafts = drafts;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) EditionStatus status,
                  @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "published") String scope, @RequestParam(defaultValue = "1") int page,
                  Actor actor, Model model) {
        boolean inDrafts = "drafts".equals(scope) && DraftSearch.mayUse(actor);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("year", year);
        model.addAttribute("scope", inDrafts ? "drafts" : "published");
        model.addAttribute("statuses", EditionStatus.values());
        model.addAttribute("categories", search.categories());
        model.addAttribute("draftsAllowed", DraftSearch.mayUse(actor));
        if (q.isBlank()) {
            return "search/search";
        }
        var refusal = search.refusal(q);
        if (refusal.isPresent()) {
            model.addAttribute("refusal", "search.problem." + refusal.get().name());
            model.addAttribute("max", search.maxQueryLength());
            return "search/search";
        }
        int from = Math.max(page, 1) - 1;
        model.addAttribute("found", inDrafts ? drafts.search(q, actor, from, PAGE_SIZE)
                : search.search(new SearchRequest(q, status, category, year, from, PAGE_SIZE)));
        return "search/search";
    }
}
