package cn.guifanku.audit;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.people.People;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The audit trail in the reader's language: an action's code ({@code proposal.approve}, {@code auth.login}) as words
 * (批准, 登录), an outcome ({@code success}, {@code 403}) as 成功 or 拒绝：无权限, a target by its name (a standard by
 * number and title, a person by 姓名（单位）). The codes stay in the database and the CSV; the words come from the
 * bundle ({@code audit.action.*}, {@code audit.outcome.*}, the history's {@code event.*} for the process's steps).
 */
public final class AuditWords {

    /** The actions a filter offers, by area: each area's code prefix first, then its actions. */
    static final Map<String, java.util.List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("auth.", java.util.List.of("auth.login", "auth.login.failed", "auth.logout"));
        AREAS.put("proposal.", java.util.List.of("proposal.create", "proposal.formalCheck", "proposal.resubmit",
                "proposal.save", "proposal.importWord", "proposal.acceptSuggestions", "proposal.sendForComments", "proposal.withdraw",
                "proposal.retryPublication", "proposal.periodicReview"));
        AREAS.put("review.", java.util.List.of("review.comment", "review.edit", "review.withdraw", "review.closePeriod",
                "review.dispose", "review.finish"));
        AREAS.put("ballot.", java.util.List.of("ballot.vote", "ballot.close", "ballot.quorum"));
        AREAS.put("approval.", java.util.List.of("approval.decide"));
        AREAS.put("process.", java.util.List.of("process.published", "process.publication_failed",
                "process.comment_period_closed", "process.ballot_closed"));
        AREAS.put("admin.", java.util.List.of("admin.user.create", "admin.user.roles", "admin.user.deactivate",
                "admin.user.reactivate", "admin.committee.create", "admin.committee.seat", "admin.committee.unseat"));
        AREAS.put("system.", java.util.List.of("system.save"));
        AREAS.put("notification.", java.util.List.of("notification.subscribe", "notification.saveSettings"));
        AREAS.put("people.", java.util.List.of("people.register", "people.create", "people.revoke"));
        AREAS.put("git.", java.util.List.of("git.push", "git.push.refused"));
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Catalog catalog;
    private final People people;

    AuditWords(MessageSource messages, Locale locale, Catalog catalog, People people) {
        this.messages = messages;
        this.locale = locale;
        this.catalog = catalog;
        this.people = people;
    }

    /** An action's words: its own label, a process step's name from the history, or its area's name and the code. */
    public String action(String code) {
        if (code == null) {
            return "";
        }
        String own = say("audit.action." + code);
        if (own != null) {
            return own;
        }
        if (code.startsWith("process.")) {
            String step = say("event." + code.substring("process.".length()).toUpperCase(Locale.ROOT));
            if (step != null) {
                return say("audit.action.process", step);
            }
        }
        int dot = code.indexOf('.');
        String area = dot < 0 ? null : say("audit.area." + code.substring(0, dot));
        return area != null ? area : say("audit.action.other", code);
    }

    /** An outcome's words: 成功, or 拒绝 and why, or 出错 (the HTTP status stays in the CSV). */
    public String outcome(String code) {
        if (code == null) {
            return "";
        }
        String key = switch (code) {
            case "success" -> "success";
            case "refused" -> "refused";
            default -> {
                int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
                yield status == 0 ? null : status < 400 ? "success" : status == 401 || status == 403 ? "forbidden"
                        : status == 404 ? "notFound" : status == 409 ? "conflict" : status < 500 ? "invalid" : "error";
            }
        };
        return key == null ? code : say("audit.outcome." + key);
    }

    /** What was acted on, by its name: 提案 P2026-001, a standard by number and title, a person, a committee. */
    public String target(String kind, String id) {
        if (id == null) {
            return "";
        }
        if ("standard".equals(kind)) {
            return catalog.find(id).map(e -> e.designation() + "《" + e.headline().titleZh() + "》")
                    .orElse(id);
        }
        if ("user".equals(kind) && people != null) {
            return people.nameOf(id);
        }
        String label = kind == null ? null : say("audit.kind." + kind);
        return label == null ? id : label + " " + id;
    }

    /** The filter's choices: code (or code prefix) → words. */
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        AREAS.forEach((prefix, actions) -> {
            choices.put(prefix, say("audit.area.all", say("audit.area." + prefix.substring(0, prefix.length() - 1))));
            actions.forEach(a -> choices.put(a, "　" + action(a)));
        });
        return choices;
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }
}
