package cn.guifanku.wordimport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a paragraph's style says about it: the names of its style and of the styles it is based on (lower case, the
 * 标准编写 templates' "标准文件_" prefix removed), and its outline level (0 = 章), its own or its style's.
 */
record ParagraphStyle(List<String> names, Integer outlineLevel) {

    private static final int MAX_BASED_ON = 8;

    static ParagraphStyle of(XWPFParagraph p, XWPFStyles styles) {
        List<String> names = new ArrayList<>();
        Integer outline = outline(p.getCTP().getPPr());
        String id = p.getStyleID();
        for (int i = 0; id != null && styles != null && i < MAX_BASED_ON; i++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                names.add(normal(id));
                break;
            }
            names.add(normal(style.getName() == null ? id : style.getName()));
            if (outline == null && style.getCTStyle().getPPr() != null) {
                outline = outline(style.getCTStyle().getPPr());
            }
            id = style.getBasisStyleID();
        }
        if (names.isEmpty() && id != null) {
            names.add(normal(id));
        }
        return new ParagraphStyle(List.copyOf(names), outline);
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace("标准文件_", "").replace(" ", "");
    }

    private static Integer outline(CTPPr ppr) {
        return ppr == null || ppr.getOutlineLvl() == null ? null : level(ppr.getOutlineLvl().getVal());
    }

    private static Integer outline(CTPPrGeneral ppr) {
        return ppr.getOutlineLvl() == null ? null : level(ppr.getOutlineLvl().getVal());
    }

    private static Integer level(BigInteger value) {
        return value == null || value.intValue() >= 9 ? null : value.intValue(); // 9 = body text
    }

    boolean named(String part) {
        return names.stream().anyMatch(n -> n.contains(part));
    }

    /** The clause level (1 = 章) the style gives, from heading N, the 标准 template's 章/条 styles or the outline level. */
    Integer headingLevel() {
        for (String name : names) {
            var heading = java.util.regex.Pattern.compile("^(?:heading|标题)(\\d)$").matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            if (name.endsWith("章标题")) {
                return 1;
            }
            int clause = "一二三四五".indexOf(name.isEmpty() ? ' ' : name.charAt(Math.max(0, name.indexOf("级条标题") - 1)));
            if (name.contains("级条标题") && clause >= 0) {
                return clause + 2;
            }
        }
        return outlineLevel == null ? null : outlineLevel + 1;
    }

    boolean tableOfContents() {
        return names.stream().anyMatch(n -> n.startsWith("toc") || n.startsWith("目录") || n.startsWith("目次"));
    }
}
