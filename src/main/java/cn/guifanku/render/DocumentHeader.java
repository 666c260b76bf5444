package cn.guifanku.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asciidoctor.ast.Document;
import org.jsoup.Jsoup;

/**
 * What a plain document's header says: the title printed at the top of its first page, the text of its running
 * header ({@code :doc-header:}, for example the number of the standard it belongs to) and whether its pages are
 * landscape ({@code :page-layout: landscape}, for tables too wide for a portrait page).
 *
 * @param runningHeader plain text, or null when the document sets none
 */
record DocumentHeader(String title, String runningHeader, boolean landscape) {

    static final String RUNNING_HEADER = "doc-header";
    static final String PAGE_LAYOUT = "page-layout";

    /** @throws RenderFailedException when the title is missing or the page layout is neither portrait nor landscape */
    static DocumentHeader read(Document header, String mainSource, String mainFile, String label) {
        List<RenderProblem> problems = new ArrayList<>();
        String title = header.getDoctitle() == null ? null : Jsoup.parse(header.getDoctitle()).text().strip();
        if (title == null || title.isEmpty()) {
            problems.add(new RenderProblem(mainFile, 1, RenderProblem.Severity.ERROR, "缺少文档标题（第一行应为“= 文档标题”）"));
        }
        String layout = MetadataReader.text(header.getAttributes(), PAGE_LAYOUT);
        String normalized = layout == null ? "portrait" : layout.toLowerCase(Locale.ROOT);
        if (!normalized.equals("portrait") && !normalized.equals("landscape")) {
            problems.add(new RenderProblem(mainFile, MetadataReader.lineOf(mainSource, PAGE_LAYOUT), RenderProblem.Severity.ERROR,
                    "页面方向“" + layout + "”不对，:" + PAGE_LAYOUT + ": 只能是 portrait（纵向）或 landscape（横向）"));
        }
        if (!problems.isEmpty()) {
            throw new RenderFailedException(label, problems);
        }
        return new DocumentHeader(title, MetadataReader.text(header.getAttributes(), RUNNING_HEADER),
                normalized.equals("landscape"));
    }
}
