package cn.guifanku.review;

import cn.guifanku.proposal.WorkbenchItems;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 我的待办 of a committee member (委员, 主任委员): every draft open for comment that is not their own, with its deadline
 * and whether they have commented. The secretariat has the period as a task of its own (to close it).
 */
@Component
class CommentInvitations implements WorkbenchItems {

    private final OpenForComment open;
    private final CommentRepository comments;
    private final MessageSource messages;

    CommentInvitations(OpenForComment open, CommentRepository comments, MessageSource messages) {
        this.open = open;
        this.comments = comments;
        this.messages = messages;
    }

    @Override
    public List<Item> itemsFor(Actor actor, Locale locale) {
        if (!actor.hasAny(Role.MEMBER, Role.CHAIR)) {
            return List.of();
        }
        return open.now().stream().filter(d -> !d.proposal().isProposer(actor.username())).map(d -> {
            long mine = comments.of(d.proposal().id()).stream().filter(c -> c.author().equals(actor.username())).count();
            String hint = mine == 0 ? messages.getMessage("workbench.comment.none", null, locale)
                    : messages.getMessage("workbench.comment.mine", new Object[] {mine}, locale);
            return new Item(messages.getMessage("workbench.comment", null, locale), hint, d.proposal().id(), d.review(),
                    d.deadline(), null, false);
        }).toList();
    }
}
