package cn.guifanku.notification;

import cn.guifanku.security.Role;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.security.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的通知设置, 我的订阅 (signed-in users), and the outbox (administrators). */
@Controller
class NotificationPageController {

    private final NotificationSettings settings;
    private final Subscriptions subscriptions;
    private final OutboxRepository outbox;
    private final OutboxDrain drain;
    private final Catalog catalog;
    private final java.util.function.Supplier<java.util.Map<String, String>> categoryNames;

    NotificationPageController(NotificationSettings settings, Subscriptions subscriptions, OutboxRepository outbox,
                               OutboxDrain drain, Catalog catalog,
                               org.springframework.beans.factory.ObjectProvider<CategoryOfStandard> categories) {
        this.categoryNames = () -> categories.getIfAvailable(() -> CategoryOfStandard.NONE).names();
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.drain = drain;
        this.catalog = catalog;
    }

    @GetMapping("/notifications/settings")
    String settings(Actor actor, Model model) {
        model.addAttribute("choice", settings.of(signedIn(actor)));
        model.addAttribute("kinds", Kind.values());
        return "notification/settings";
    }

    @PostMapping("/notifications/settings")
    String saveSettings(Actor actor, @RequestParam(defaultValue = "false") boolean all,
                        @RequestParam(name = "on", required = false) List<Kind> on,
                        @RequestParam(defaultValue = "zh") String language, RedirectAttributes redirect) {
        Set<Kind> off = EnumSet.allOf(Kind.class);
        if (on != null) {
            on.forEach(off::remove);
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        settings.save(signedIn(actor), new NotificationSettings.Choice(!all, off, locale));
        redirect.addFlashAttribute("done", "notification.settings.saved");
        return "redirect:/notifications/settings";
    }

    @GetMapping("/notifications/subscriptions")
    String subscriptions(Actor actor, Model model) {
        var mine = subscriptions.of(signedIn(actor));
        // Standards by number and title, never by slug (slugs are for URLs); a category's name the page looks up.
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (Subscriptions.Subscription s : mine) {
            if (s.type() == Subscriptions.Target.STANDARD) {
                labels.put("STANDARD:" + s.target(), catalog.find(s.target())
                        .map(e -> e.designation() + "《" + e.headline().metadata().titleZh() + "》").orElse(s.target()));
            }
        }
        categoryNames.get().forEach((code, name) -> labels.put("CATEGORY:" + code, code + " " + name));
        model.addAttribute("subscriptions", mine);
        model.addAttribute("labels", labels);
        return "notification/subscriptions";
    }

    @PostMapping("/notifications/subscriptions")
    String subscribe(Actor actor, @RequestParam Subscriptions.Target type, @RequestParam String target,
                     @RequestParam(defaultValue = "false") boolean remove, RedirectAttributes redirect) {
        String user = signedIn(actor);
        String value = target.strip();
        boolean known = type == Subscriptions.Target.STANDARD ? catalog.find(value).isPresent()
                : value.matches("[\\p{L}\\p{N}._-]{1,64}");
        if (!known && !remove) {
            redirect.addFlashAttribute("done", "notification.subscription.unknown");
        } else if (remove) {
            subscriptions.unsubscribe(user, type, value);
            redirect.addFlashAttribute("done", "notification.subscription.removed");
        } else {
            subscriptions.subscribe(user, type, value);
            redirect.addFlashAttribute("done", "notification.subscription.added");
        }
        return type == Subscriptions.Target.STANDARD && known
                ? "redirect:/standards/" + value : "redirect:/notifications/subscriptions";
    }

    @GetMapping("/notifications/outbox")
    String outbox(Actor actor, Model model) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        model.addAttribute("messages", outbox.newest(500));
        model.addAttribute("sends", drain.sends());
        return "notification/outbox";
    }

    private static String signedIn(Actor actor) {
        if (!actor.isSignedIn()) {
            throw new AccessDeniedException("sign in first");
        }
        return actor.username();
    }
}
