package cn.guifanku.search;

import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search as JSON. */
@RestController
@Tag(name = "search", description = "全文检索 · full-text search")
class SearchApiController {

    private final Search search;
    private final DraftSearch drafts;
    private final MessageSource messages;
    private final cn.guifanku.web.PublicAddress site;

    SearchApiController(Search search, DraftSearch drafts, MessageSource messages, cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.search = search;
        this.drafts = drafts;
        this.messages = messages;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search the clauses of published standards (or, for committee members, the drafts they may see)",
            description = "Words are taken as they are typed: no query syntax. Hits are clauses (and editions whose number "
                    + "or title matched), best first, with the matching words marked <mark> in HTML snippets.")
    ResultsJson search(@Parameter(description = "words, at most 200 characters") @RequestParam(defaultValue = "") String q,
                       @RequestParam(required = false) EditionStatus status,
                       @Parameter(description = "a category of the 标准体系表") @RequestParam(required = false) String category,
                       @Parameter(description = "year of issue") @RequestParam(required = false) Integer year,
                       @Parameter(description = "published (default) or drafts (committee members)")
                       @RequestParam(defaultValue = "published") String scope,
                       @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
                       @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size,
                       Actor actor, Locale locale) {
        if (page < 0 || size < 1 || size > 100) {
            throw Problem.badRequest("search-bad-paging", page, size);
        }
        search.refusal(q).ifPresent(r -> {
            throw Problem.badRequest("search-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    search.maxQueryLength());
        });
        SearchResults found;
        if ("drafts".equals(scope)) {
            if (!DraftSearch.mayUse(actor)) {
                throw Problem.forbidden("search-drafts-committee-only");
            }
            found = drafts.search(q, actor, page, size);
        } else {
            found = search.search(new SearchRequest(q, status, category, year, page, size));
        }
        return new ResultsJson(found.hits().stream().map(h -> json(h, locale)).toList(), found.page(), found.size(),
                found.total(), found.pages());
    }

    private HitJson json(SearchHit h, Locale locale) {
        String label = h.status() == null ? null : messages.getMessage(h.status().messageKey(), null, locale);
        String base = site.base();
        return new HitJson(h.number(), h.title(), h.status(), label, h.obsolete(), h.draft(), h.clause(),
                h.clauseTitleHtml(), h.snippetHtml(), base + h.url());
    }

    record ResultsJson(List<HitJson> hits, int page, int size, long total, int pages) {
    }

    record HitJson(String number, String title, EditionStatus status, String statusLabel, boolean obsolete,
                   boolean draft, String clause, String clauseTitleHtml, String snippetHtml, String url) {
    }
}
