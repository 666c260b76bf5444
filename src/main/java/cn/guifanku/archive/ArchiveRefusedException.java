package cn.guifanku.archive;

import java.util.List;
import java.util.stream.Collectors;

/** The PDF breaks PDF/A: it is not published. The message lists every rule broken, as veraPDF names it. */
public class ArchiveRefusedException extends RuntimeException {

    private final transient List<PdfaValidation.BrokenRule> broken;

    ArchiveRefusedException(String what, PdfaValidation.Report report) {
        super(what + "不符合 " + report.level() + "（ISO 19005-2），未发布。veraPDF 指出违反的规则：\n"
                + report.broken().stream().map(r -> "  " + r).collect(Collectors.joining("\n")));
        this.broken = report.broken();
    }

    public List<PdfaValidation.BrokenRule> broken() {
        return broken;
    }
}
