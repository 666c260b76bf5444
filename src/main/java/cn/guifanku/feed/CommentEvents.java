package cn.guifanku.feed;

import cn.guifanku.proposal.CommentDrafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.process.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Drafts open for comment (征求意见), as feed entries: one per comment period, dated when the period opened, with the
 * 征求意见稿 PDF as enclosure. A draft in comment is public, so these are too.
 */
final class CommentEvents {

    private CommentEvents() {
    }

    static List<FeedItem> of(List<Proposal> running, Map<String, CommentPeriods.Opened> openings, CommentDrafts drafts) {
        return running.stream().filter(p -> p.stage() == Stage.COMMENTING).map(p -> item(p, openings.get(p.id()), drafts))
                .sorted(Comparator.comparing(FeedItem::updated).reversed().thenComparing(FeedItem::id)).toList();
    }

    private static FeedItem item(Proposal p, CommentPeriods.Opened opened, CommentDrafts drafts) {
        var when = opened == null ? p.createdAt() : opened.at();
        String summary = (p.kind() == Proposal.Kind.REVISION ? "修订" : "制定") + "：" + p.scope()
                + (opened == null || opened.detail() == null ? "" : "。" + opened.detail() + "。");
        return new FeedItem("urn:guifanku:proposal:" + p.id() + ":comment:" + when.getEpochSecond(),
                "征求意见：《" + p.title() + "》" + (p.planNumber() == null ? "" : "（计划号 " + p.planNumber() + "）"), summary,
                "/proposals/" + p.id() + "/review", when, p.targetSlug(),
                drafts.latest(p.id()).map(CommentDrafts.CommentDraft::href).orElse(null));
    }
}
