package cn.guifanku.review;

import cn.guifanku.render.AsciidocText;
import cn.guifanku.proposal.Proposal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 征求意见汇总处理表 as an AsciiDoc document: committed beside the draft when 意见处理 ends (so it stays with the
 * record in Git) and rendered to HTML and PDF like every other committee document.
 */
final class ResolutionDocument {

    static final String FILE = "comment-resolution.adoc";
    private static final Map<String, String> TYPES = Map.of("ge", "一般", "te", "技术", "ed", "编辑");
    private static final Map<Comment.Disposition, String> DISPOSITIONS = Map.of(Comment.Disposition.ACCEPTED, "采纳",
            Comment.Disposition.PARTLY_ACCEPTED, "部分采纳", Comment.Disposition.REJECTED, "不采纳");

    private ResolutionDocument() {
    }

    static List<Comment> inClauseOrder(List<Comment> comments) {
        return comments.stream().sorted(Comparator.comparing((Comment c) -> ResolutionTable.ClauseOrder.key(c.clauseLabel()))
                .thenComparing(Comment::id)).toList();
    }

    static String text(Proposal p, List<Comment> comments, java.util.function.UnaryOperator<String> names) {
        StringBuilder doc = new StringBuilder()
                .append("= 《").append(AsciidocText.plain(p.title())).append("》征求意见汇总处理表\n")
                .append(":page-layout: landscape\n")
                .append(":doc-header: ").append(AsciidocText.plain(p.planNumber() == null ? p.id() : "计划号 " + p.planNumber())).append("\n\n")
                .append("提案 ").append(AsciidocText.plain(p.id())).append("，共收到意见 ").append(comments.size()).append(" 条。\n\n")
                .append("[cols=\"1,2,8,3,6\",options=\"header\"]\n|===\n")
                .append("|序号 |章条号 |意见内容 |提出人/单位 |处理意见及理由\n");
        int n = 1;
        for (Comment c : inClauseOrder(comments)) {
            String content = "［" + TYPES.getOrDefault(c.type(), c.type()) + "］" + cell(c.body())
                    + (c.proposedChange() == null ? "" : " 建议修改为：" + cell(c.proposedChange()));
            String disposition = c.disposition() == null ? "（待处理）"
                    : DISPOSITIONS.get(c.disposition()) + (c.dispositionNote() == null ? "" : "：" + cell(c.dispositionNote()));
            doc.append("\n|").append(n++).append("\n|").append(cell(c.clauseLabel())).append("\n|").append(content)
                    .append("\n|").append(cell(names.apply(c.author()))).append("\n|").append(disposition).append("\n");
        }
        return doc.append("|===\n").toString();
    }

    /** Text in a table cell: no cell separators, no AsciiDoc markup, no line breaks. */
    private static String cell(String text) {
        return AsciidocText.plain(text);
    }
}
