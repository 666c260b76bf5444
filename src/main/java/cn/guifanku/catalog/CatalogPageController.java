package cn.guifanku.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog for people: the list of standards and a page per standard. */
@Controller
class CatalogPageController {

    static final int PAGE_SIZE = 20;
    private final Catalog catalog;

    CatalogPageController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Home: standards with number, title, status and 实施日期; filter by status, search, pages from 1. */
    @GetMapping("/")
    String home(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) EditionStatus status,
                @RequestParam(defaultValue = "1") int page, Model model) {
        CatalogPage<StandardEntry> found = catalog.search(q, status, Math.max(page, 1) - 1, PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", EditionStatus.values());
        return "catalog/home";
    }

    @GetMapping("/standards/{slug}")
    String standard(@PathVariable String slug, Model model) {
        StandardEntry entry = catalog.find(slug).orElseThrow(() -> CatalogProblem.standardNotFound(slug));
        model.addAttribute("standard", entry);
        model.addAttribute("latestHtml", Links.latest(slug, "html"));
        model.addAttribute("latestPdf", Links.latest(slug, "pdf"));
        // The standards repository over Git (served by content): the AsciiDoc source and every edition's tag.
        String gitUrl = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/git/standards.git").toUriString();
        model.addAttribute("gitCommands", "git clone " + gitUrl + " standards\ncd standards\ngit log --oneline -- "
                + entry.slug() + "/\ngit tag --list '" + entry.slug() + "/*'");
        return "catalog/standard";
    }
}
