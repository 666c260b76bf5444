package cn.guifanku.review;

import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.security.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * 征求意见汇总处理表: every comment with its clause, content, author and disposition, in clause order, as the
 * committee files it (序号, 章条号, 意见内容, 提出人/单位, 处理意见及理由).
 */
@Component
class ResolutionTable {

    private static final Map<String, String> TYPES = Map.of("ge", "一般", "te", "技术", "ed", "编辑");
    private static final Map<Comment.Disposition, String> DISPOSITIONS = Map.of(Comment.Disposition.ACCEPTED, "采纳",
            Comment.Disposition.PARTLY_ACCEPTED, "部分采纳", Comment.Disposition.REJECTED, "不采纳");

    private final Comments comments;
    private final Proposals proposals;

    ResolutionTable(Comments comments, Proposals proposals) {
        this.comments = comments;
        this.proposals = proposals;
    }

    String html(String proposalId, Actor actor) {
        Proposal p = proposals.get(proposalId, actor);
        List<Comment> rows = comments.of(proposalId, actor).stream()
                .sorted(java.util.Comparator.comparing((Comment c) -> ClauseOrder.key(c.clauseLabel())).thenComparing(Comment::id))
                .toList();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>征求意见汇总处理表</title>
                <style>body{font-family:"Songti SC","SimSun",serif;margin:2em}table{border-collapse:collapse;width:100%}
                th,td{border:1px solid #333;padding:.3em .5em;vertical-align:top}th{background:#eee}h1{font-size:1.4em;text-align:center}</style>
                </head><body>""");
        html.append("<h1>《").append(e(p.title())).append("》征求意见汇总处理表</h1>")
                .append("<p>提案 ").append(e(p.id())).append("　共 ").append(rows.size()).append(" 条意见</p>")
                .append("<table><thead><tr><th>序号</th><th>章条号</th><th>意见内容</th><th>提出人/单位</th><th>处理意见及理由</th></tr></thead><tbody>");
        int n = 1;
        for (Comment c : rows) {
            html.append("<tr><td>").append(n++).append("</td><td>").append(e(c.clauseLabel())).append("</td><td>")
                    .append("［").append(TYPES.getOrDefault(c.type(), c.type())).append("］").append(e(c.body()));
            if (c.proposedChange() != null) {
                html.append("<br>建议修改为：").append(e(c.proposedChange()));
            }
            html.append("</td><td>").append(e(c.author())).append("</td><td>");
            if (c.isDisposed()) {
                html.append(DISPOSITIONS.get(c.disposition()));
                if (c.dispositionNote() != null) {
                    html.append("：").append(e(c.dispositionNote()));
                }
            } else {
                html.append("（待处理）");
            }
            html.append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    /** Orders clause labels as a reader would: 前言, then 1 before 2 before 10, then 附录 A, then the rest. */
    static final class ClauseOrder {

        private ClauseOrder() {
        }

        static String key(String label) {
            String s = label == null ? "" : label.strip();
            if (s.startsWith("前言") || s.startsWith("引言")) {
                return "0" + s;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)((?:\\.\\d+)*)").matcher(s);
            if (m.find()) {
                StringBuilder k = new StringBuilder("1");
                for (String part : (m.group(1) + m.group(2)).split("\\.")) {
                    k.append(String.format("%05d", Integer.parseInt(part)));
                }
                return k.toString();
            }
            return (s.contains("附录") ? "2" : "3") + s;
        }
    }
}
