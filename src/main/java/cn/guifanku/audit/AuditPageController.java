package cn.guifanku.audit;

import cn.guifanku.security.Role;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The audit trail for the secretariat and administrators: filtered, newest first, paged, and as CSV. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    /** A CSV export holds at most this many entries; narrow the filter for older ones. */
    static final int CSV_LIMIT = 100_000;

    private final AuditTrail trail;
    private final cn.guifanku.web.Times times;
    private final org.springframework.context.MessageSource messages;
    private final cn.guifanku.catalog.Catalog catalog;
    private final org.springframework.beans.factory.ObjectProvider<cn.guifanku.people.People> people;

    AuditPageController(AuditTrail trail, cn.guifanku.web.Times times, org.springframework.context.MessageSource messages,
                        cn.guifanku.catalog.Catalog catalog,
                        org.springframework.beans.factory.ObjectProvider<cn.guifanku.people.People> people) {
        this.trail = trail;
        this.times = times;
        this.messages = messages;
        this.catalog = catalog;
        this.people = people;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String target,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Actor user, Model model, java.util.Locale locale) {
        check(user);
        AuditQuery query = new AuditQuery(actor, action, standardSlug(target), from, to);
        cn.guifanku.people.People directory = people.getIfAvailable();
        // Actions, outcomes, targets and the filters in the reader's language; people by name (the codes stay in the CSV).
        model.addAttribute("words", new AuditWords(messages, locale, catalog, directory));
        model.addAttribute("persons", directory == null ? java.util.List.of() : directory.persons().stream()
                .sorted(java.util.Comparator.comparing(cn.guifanku.people.Person::displayName)).toList());
        model.addAttribute("targetTyped", target);
        long total = trail.count(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("query", query);
        model.addAttribute("entries", trail.find(query, (long) (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "audit/list";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String actor,
                               @RequestParam(required = false) String action,
                               @RequestParam(required = false) String target,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Actor user) {
        check(user);
        AuditQuery query = new AuditQuery(actor, action, standardSlug(target), from, to);
        String day = times.day(trail.now().toInstant()).toString();
        // RFC 6266: a plain ASCII name for old clients, the Chinese one (RFC 5987) for all others.
        String disposition = "attachment; filename=\"audit-" + day + ".csv\"; filename*=UTF-8''"
                + UriUtils.encode("审计记录-" + day + ".csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .body(AuditCsv.of(trail.find(query, 0, CSV_LIMIT), times));
    }

    /** A standard's number typed in the target filter ("WH/T 201", "WH/T 201—2024") finds it by its slug. */
    private String standardSlug(String target) {
        if (target == null || target.isBlank()) {
            return target;
        }
        String typed = cn.guifanku.catalog.StandardNumber.normalise(target.strip());
        return catalog.standards().stream()
                .filter(e -> e.editions().stream().anyMatch(ed -> ed.number().equals(typed)) || e.designation().equals(typed))
                .map(cn.guifanku.catalog.StandardEntry::slug).findFirst().orElse(target.strip());
    }

    /** Also enforced by the URL rules; checked here so the page never depends on them alone. */
    private static void check(Actor user) {
        if (!user.has(Role.SECRETARIAT) && !user.has(Role.ADMIN)) {
            throw Problem.forbidden("role-required", Role.SECRETARIAT.named());
        }
    }
}
