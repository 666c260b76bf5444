package cn.guifanku.notification;

import cn.guifanku.proposal.WorkbenchItems;
import cn.guifanku.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * 我的待办 shows what was mailed to the person in the last 30 days (results, reminders, drafts open for comment), each
 * with the page it is about: the same items as the mail, for those who read no mail or turned it off for a while.
 */
@Component
class RecentNotices implements WorkbenchItems {

    private static final Duration RECENT = Duration.ofDays(30);
    private static final Pattern PROPOSAL = Pattern.compile("/proposals/([^/?#]+)");

    private final OutboxRepository outbox;
    private final Clock clock;

    RecentNotices(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<Item> itemsFor(Actor actor, Locale locale) {
        if (!actor.isSignedIn()) {
            return List.of();
        }
        return outbox.toSince(actor.username(), clock.instant().minus(RECENT), 10).stream()
                .filter(m -> m.path() != null)
                .map(m -> {
                    Matcher proposal = PROPOSAL.matcher(m.path());
                    return new Item(m.subject().replaceFirst("^(【规范库】|\\[Guifanku] )", ""), null,
                            proposal.find() ? proposal.group(1) : null, m.path(), null, m.createdAt(), true);
                }).toList();
    }
}
