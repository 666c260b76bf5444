package cn.guifanku.notification;

import cn.guifanku.proposal.CommentDrafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.review.CommentReminderDue;
import cn.guifanku.review.Comments;
import cn.guifanku.review.DraftSentForComments;
import cn.guifanku.security.Role;
import cn.guifanku.web.PublicAddress;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears that a draft opened for comment, and who is reminded before the period ends. When it opens: everyone
 * seated on the proposal's committee and the secretariat (the deadline and the link to the 征求意见稿 PDF), and the
 * libraries following the standard it revises or its 体系表 category. Before it ends (the model's reminder timer):
 * the committee's voting members who have not commented yet. The proposer is told neither: they sent it out. Like
 * every listener, after the step's commit and at least once; the outbox's key per event and person sends each once.
 */
@Component
class CommentPeriodNotices {

    private static final String REVIEW = "/review";

    private final Notifier notifier;
    private final Addressbook addressbook;
    private final Proposals proposals;
    private final Comments comments;
    private final CommentDrafts drafts;
    private final Subscriptions subscriptions;
    private final ObjectProvider<CategoryOfStandard> categories;
    private final PublicAddress site;
    private final cn.guifanku.catalog.Catalog catalog;
    private final cn.guifanku.process.Workflow workflow;
    private final cn.guifanku.web.Times times;

    CommentPeriodNotices(Notifier notifier, Addressbook addressbook, Proposals proposals, Comments comments,
                         CommentDrafts drafts, Subscriptions subscriptions, ObjectProvider<CategoryOfStandard> categories,
                         PublicAddress site, cn.guifanku.catalog.Catalog catalog, cn.guifanku.process.Workflow workflow,
                         cn.guifanku.web.Times times) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.times = times;
        this.notifier = notifier;
        this.addressbook = addressbook;
        this.proposals = proposals;
        this.comments = comments;
        this.drafts = drafts;
        this.subscriptions = subscriptions;
        this.categories = categories;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(DraftSentForComments opened) {
        Proposal p = proposals.find(opened.proposalId());
        String pdf = drafts.find(p.id(), opened.revision()).or(() -> drafts.latest(p.id()))
                .map(d -> site.of(d.href())).orElse(site.of("/proposals/" + p.id() + REVIEW));
        Set<String> committee = new LinkedHashSet<>(addressbook.committee(p.committeeId()));
        committee.addAll(addressbook.membersOf(Role.SECRETARIAT.group()));
        committee.remove(p.proposer());
        String key = "comment-opened:" + opened.id();
        for (String person : committee) {
            notifier.notifyAs(person, Kind.COMMENT_PERIOD, "COMMENT_PERIOD_OPENED", key, "/proposals/" + p.id() + REVIEW,
                    p.id(), p.title(), opened.deadlineText(), pdf);
        }
        String standard = standardOf(p);
        for (String follower : followers(p)) {
            if (!committee.contains(follower) && !follower.equals(p.proposer())) {
                notifier.notify(follower, Kind.DRAFT_IN_COMMENT, "draft-in-comment:" + opened.id(),
                        "/proposals/" + p.id() + REVIEW, p.id(), p.title(), opened.deadlineText(), pdf, standard);
            }
        }
    }

    @ApplicationModuleListener
    void on(CommentReminderDue due) {
        Proposal p = proposals.find(due.proposalId());
        Set<String> commented = comments.commenters(p.id());
        String deadline = workflow.task(p.id(), cn.guifanku.process.Task.COMMENT_PERIOD, null)
                .map(cn.guifanku.process.WorkItem::due).filter(java.util.Objects::nonNull).map(times::minute).orElse("—");
        for (String member : addressbook.voters(p.committeeId())) {
            if (!commented.contains(member) && !member.equals(p.proposer())) {
                notifier.notifyAs(member, Kind.COMMENT_PERIOD, "COMMENT_REMINDER", "comment-reminder:" + due.id(),
                        "/proposals/" + p.id() + REVIEW, p.id(), p.title(), deadline);
            }
        }
    }

    /** Who follows the standard a proposal revises, or the 体系表 category of that standard or of its planned entry. */
    private Set<String> followers(Proposal p) {
        CategoryOfStandard category = categories.getIfAvailable(() -> CategoryOfStandard.NONE);
        Optional<String> code = p.targetSlug() != null ? category.categoryOf(p.targetSlug())
                : Optional.ofNullable(proposals.plannedEntries().get(p.id())).flatMap(category::categoryOfEntry);
        return new LinkedHashSet<>(subscriptions.followers(p.targetSlug() == null ? "" : p.targetSlug(), code));
    }

    /** The standard the draft revises, by number and title ("WH/T 201《公共图书馆读者服务规范》"), or the new one's title. */
    private String standardOf(Proposal p) {
        return Optional.ofNullable(p.targetSlug()).flatMap(catalog::find)
                .map(s -> s.designation() + "《" + s.headline().metadata().titleZh() + "》")
                .orElse("《" + p.title() + "》");
    }
}
