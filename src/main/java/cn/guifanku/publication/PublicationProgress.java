package cn.guifanku.publication;

import cn.guifanku.catalog.Catalog;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every page says, from the first request on, that the standards are being published and how far it got: while a
 * first start imports the samples (the catalog still empty), and while editions are published ({@code publishing} in
 * the layout). The page's script (static/js/progress.js) follows {@code /api/publications/progress} and shows the
 * catalog when it is done; without script the notice asks to reload.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "publications", description = "发布进度 · publication progress")
class PublicationProgress {

    private final PublicationQueue queue;
    private final Catalog catalog;
    private final org.springframework.context.MessageSource messages;

    PublicationProgress(PublicationQueue queue, Catalog catalog, org.springframework.context.MessageSource messages) {
        this.queue = queue;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** What the notice says: importing (a first start, nothing in the catalog yet), or n of m published. */
    record Notice(boolean importing, int done, int total, int percent, boolean active) {
    }

    /** The notice and its sentence in the reader's language, for the page's script. */
    record NoticeJson(boolean importing, int done, int total, int percent, boolean active, String message) {
    }

    Notice notice() {
        PublicationQueue.Progress p = queue.progress();
        boolean importing = p.starting() && catalog.standards().isEmpty();
        return new Notice(importing, p.done(), p.total(), p.percent(), importing || p.publishing());
    }

    @GetMapping("/api/publications/progress")
    @io.swagger.v3.oas.annotations.Operation(summary = "Whether standards are being published now, and how far it got "
            + "(the first start imports and publishes the samples)")
    ResponseEntity<NoticeJson> progress(java.util.Locale locale) {
        Notice n = notice();
        String message = !n.active() ? messages.getMessage("publishing.done", null, locale)
                : n.importing() ? messages.getMessage("publishing.importing", null, locale)
                : messages.getMessage("publishing.progress", new Object[] {n.done(), n.total()}, locale);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new NoticeJson(n.importing(), n.done(), n.total(), n.percent(), n.active(), message));
    }

    /** Every page's layout shows the notice while it is active. */
    @ControllerAdvice
    static class Activity {

        private final org.springframework.beans.factory.ObjectProvider<PublicationProgress> progress;

        // A provider: a page slice under test (@WebMvcTest) has this advice but not the progress controller.
        Activity(org.springframework.beans.factory.ObjectProvider<PublicationProgress> progress) {
            this.progress = progress;
        }

        @ModelAttribute("publishing")
        Notice publishing() {
            PublicationProgress p = progress.getIfAvailable();
            return p == null ? null : p.notice();
        }
    }
}
