package cn.guifanku.system;

import cn.guifanku.render.AsciidocText;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The classic 标准体系表 (序号, 体系编号, 标准名称, 标准编号, 状态, 代替) as an AsciiDoc document, always in Chinese, for
 * the renderer's plain-document layout (like the 征求意见汇总处理表): one table, categories as spanning rows.
 */
final class SystemDocument {

    static final String FILE = "system-table.adoc";

    private SystemDocument() {
    }

    static String text(SystemView view, MessageSource messages) {
        SystemView.Counts total = view.total();
        StringBuilder doc = new StringBuilder()
                .append("= ").append(AsciidocText.plain(view.title())).append("\n")
                .append(":page-layout: landscape\n")
                .append(":doc-header: ").append(AsciidocText.plain(view.title())).append("\n\n")
                .append("本表依据标准库中的体系表文件（修订 ").append(view.revision(), 0, 10).append("）和标准目录生成。共 ")
                .append(total.total()).append(" 项：已发布 ").append(total.published()).append(" 项，制定中 ")
                .append(total.inProgress()).append(" 项，待制定 ").append(total.planned()).append(" 项，其他 ")
                .append(total.retired()).append(" 项。\n\n")
                .append("[cols=\"1,2,8,4,3,4\",options=\"header\"]\n|===\n")
                .append("|序号 |体系编号 |标准名称 |标准编号 |状态 |代替\n");
        for (SystemView.Section section : view.sections()) {
            SystemView.Counts c = view.counts(section);
            doc.append("\n6+|*").append(AsciidocText.plain(section.code())).append(" ").append(AsciidocText.plain(section.name())).append("*")
                    .append("（已发布 ").append(c.published()).append("，制定中 ").append(c.inProgress())
                    .append("，待制定 ").append(c.planned()).append("）\n");
            section.rows().forEach(row -> row(doc, row, messages));
        }
        if (!view.unplaced().isEmpty()) {
            doc.append("\n6+|*未列入体系表的在制标准*\n");
            view.unplaced().forEach(row -> row(doc, row, messages));
        }
        return doc.append("|===\n").toString();
    }

    private static void row(StringBuilder doc, SystemView.Row row, MessageSource messages) {
        doc.append("\n|").append(row.seq()).append("\n|").append(AsciidocText.plain(row.code())).append("\n|").append(AsciidocText.plain(row.title()))
                .append("\n|").append(AsciidocText.plain(row.number())).append("\n|").append(AsciidocText.plain(status(row, messages)))
                .append("\n|").append(AsciidocText.plain(row.replaces())).append("\n");
    }

    /** 现行, 制定中（起草）, 现行（修订中：征求意见）, 待制定 … in Chinese. */
    static String status(SystemView.Row row, MessageSource messages) {
        String status = messages.getMessage(row.statusKey(), null, Locale.CHINESE);
        if (row.stage() == null) {
            return status;
        }
        String stage = messages.getMessage(row.stage().messageKey(), null, Locale.CHINESE);
        return row.kind() == SystemView.Kind.PROGRESS ? status + "（" + stage + "）" : status + "（修订中：" + stage + "）";
    }
}
