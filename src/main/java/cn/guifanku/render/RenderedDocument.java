package cn.guifanku.render;

import java.util.List;

/**
 * The output of rendering a plain document (not a standard, for example an 编制说明 or a 征求意见汇总处理表):
 * its title as plain text, standalone sanitised HTML, the PDF and any warnings.
 */
public record RenderedDocument(String title, byte[] html, byte[] pdf, List<RenderProblem> warnings) {

    public RenderedDocument {
        warnings = List.copyOf(warnings);
    }
}
