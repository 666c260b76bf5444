package cn.guifanku.render;

import java.util.List;

/** The output of one render: standalone sanitised HTML, the PDF, the header's metadata and any warnings. */
public record RenderedStandard(StandardMetadata metadata, byte[] html, byte[] pdf, List<RenderProblem> warnings) {

    public RenderedStandard {
        warnings = List.copyOf(warnings);
    }
}
