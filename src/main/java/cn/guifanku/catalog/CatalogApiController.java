package cn.guifanku.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog as JSON, for library systems that list or mirror the committee's standards. */
@RestController
@RequestMapping("/api/standards")
@Tag(name = "catalog", description = "已发布的标准 · published standards")
class CatalogApiController {

    private final Catalog catalog;
    private final MessageSource messages;
    private final cn.guifanku.web.PublicAddress site;

    CatalogApiController(Catalog catalog, MessageSource messages, cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List standards, newest edition first, with search by number or title; status finds the "
            + "standards with an edition in that state (UPCOMING: a new edition published, not yet in force)")
    PageJson list(@Parameter(description = "part of a number (any dash) or title") @RequestParam(defaultValue = "") String q,
                  @Parameter(description = "CURRENT, UPCOMING, SUPERSEDED or WITHDRAWN: standards with an edition in "
                          + "that state") @RequestParam(required = false) EditionStatus status,
                  @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
                  @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size,
                  Locale locale) {
        if (page < 0 || size < 1 || size > 100) {
            throw CatalogProblem.badRequest("bad-paging", page, size);
        }
        CatalogPage<StandardEntry> found = catalog.search(q, status, page, size);
        return new PageJson(found.items().stream().map(s -> json(s, locale)).toList(), found.page(), found.size(),
                found.total(), found.pages());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One standard with all its editions")
    StandardJson one(@PathVariable String slug, Locale locale) {
        return catalog.find(slug).map(s -> json(s, locale)).orElseThrow(() -> CatalogProblem.standardNotFound(slug));
    }

    private StandardJson json(StandardEntry s, Locale locale) {
        Edition head = s.headline();
        StandardEntry.Guidance g = s.guidance();
        String guidance = messages.getMessage(g.messageKey(), new Object[] {
                g.current() == null ? "" : g.current().number(), g.current() == null ? "" : g.current().metadata().effective(),
                g.next() == null ? "" : g.next().number(), g.next() == null ? "" : g.next().metadata().effective(),
                s.withdrawnOn(), g.replacement()}, locale);
        return new StandardJson(s.slug(), s.designation(), head.number(), head.metadata().titleZh(),
                head.metadata().titleEn(), s.status(), label(s.status(), locale), head.metadata().effective(),
                s.withdrawnOn(), s.inForce().map(Edition::number).orElse(null),
                s.upcoming().map(e -> new UpcomingJson(e.number(), e.metadata().effective())).orElse(null), guidance,
                url(Links.standard(s.slug())), url(Links.latest(s.slug(), "html")),
                url(Links.latest(s.slug(), "pdf")), s.editions().stream().map(e -> json(e, locale)).toList());
    }

    private EditionJson json(Edition e, Locale locale) {
        var m = e.metadata();
        PublishedEdition p = e.published();
        return new EditionJson(e.key(), m.number(), m.titleZh(), m.titleEn(), e.status(), label(e.status(), locale),
                m.documentType(), m.ics(), m.ccs(), m.issued(), m.effective(), e.replaces(), e.replacedBy(),
                m.issuer(), m.committee(), url(Links.edition(e, "html")),
                new FileJson(url(Links.archive(e)), p.html().sha256(), p.html().size()),
                new FileJson(url(Links.edition(e, "pdf")), p.pdf().sha256(), p.pdf().size()));
    }

    private String label(EditionStatus status, Locale locale) {
        return messages.getMessage(status.messageKey(), null, locale);
    }

    private String url(String path) {
        return site.of(path);
    }

    record PageJson(List<StandardJson> items, int page, int size, long total, int pages) {
    }

    /**
     * @param inForce  the number of the edition in force today (null: none)
     * @param upcoming the edition published but not yet in force, and when it takes effect (null: none)
     * @param guidance what a library should follow today and from when the next edition applies, in one sentence
     */
    record StandardJson(String slug, String designation, String number, String titleZh, String titleEn,
                        EditionStatus status, String statusLabel, LocalDate effective, LocalDate withdrawnOn,
                        String inForce, UpcomingJson upcoming, String guidance,
                        String page, String latestHtml, String latestPdf, List<EditionJson> editions) {
    }

    record UpcomingJson(String number, LocalDate effective) {
    }

    /**
     * @param replaces   what it replaces by the record's rule (within a standard: its direct predecessor)
     * @param replacedBy what replaces it (within a standard: its direct successor)
     * @param page       its reading page (the archived HTML under a bar saying where it stands today)
     * @param html       the archived HTML file, exactly as published (the SHA-256 is of these bytes)
     */
    record EditionJson(String edition, String number, String titleZh, String titleEn, EditionStatus status,
                       String statusLabel, String documentType, String ics, String ccs, LocalDate issued,
                       LocalDate effective, List<String> replaces, List<String> replacedBy, String issuer,
                       String committee, String page, FileJson html, FileJson pdf) {
    }

    record FileJson(String href, String sha256, long size) {
    }
}
