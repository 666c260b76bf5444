package cn.guifanku.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's log messages in Chinese, as editors read them: the renderer's findings join the drafting rules' in
 * one list, in one language. Some say what a drafting rule says too (a skipped heading level, an anchor used twice, a
 * reference to nothing); {@link #coveredByRules} lets the draft check show those once, in the rule's words.
 */
public final class RenderMessages {

    private record Known(Pattern english, String chinese, boolean coveredByRules) {
    }

    private static final List<Known> KNOWN = List.of(
            known("^section title out of sequence: expected levels? (.+), got level (\\d+)",
                    "标题层级不连续：此处应为第 $1 级，实际是第 $2 级", true),
            known("^(?:possible )?invalid reference: (.+)", "交叉引用的目标不存在：$1", true),
            known("^id assigned to (?:section|block|anchor|bibliography reference) already in use: (.+)",
                    "锚点（id）重复：$1 已在别处使用", true),
            known("^unterminated listing block", "代码块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated literal block", "文字块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated example block", "示例块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated sidebar block", "侧栏块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated quote block", "引文块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated comment block", "注释块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated (?:pass|passthrough) block", "直通块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^unterminated table block", "表格没有结束（缺少结束的“|===”），其后的内容都被吞入这个表格", false),
            known("^unterminated (\\w+) block", "$1 块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块", false),
            known("^dropping cells from incomplete row detected end of table", "表格最后一行的单元格数不足，这些单元格被丢弃", false),
            known("^table missing leading separator.*", "表格行缺少开头的分隔符“|”", false),
            known("^list item index: expected (\\d+), got (\\d+)", "列项编号不连续：应为 $1，实际是 $2", false),
            known("^(?:invalid|unknown) style for (\\w+): (.+)", "不认识的样式 $2（用于 $1）", false),
            known("^skipping reference to missing attribute: (.+)", "引用了不存在的文档属性 {$1}", false),
            known("^no callout found for (.+)", "找不到标注 $1", false),
            known("^include file not found: (.+)", "找不到包含的文件：$1", false),
            known("^dropping line containing reference to missing attribute: (.+)", "引用了不存在的文档属性 {$1}，该行被删去", false),
            known("^unknown name for block macro: (.+)", "不认识的块宏：$1", false),
            known("^(?:\\w+ )?attribute entry .* not allowed.*", "此处不允许设置文档属性", false));

    private RenderMessages() {
    }

    private static Known known(String english, String chinese, boolean covered) {
        return new Known(Pattern.compile(english, Pattern.CASE_INSENSITIVE), chinese, covered);
    }

    /** The message in Chinese; one Asciidoctor has not been taught here is kept, marked as the renderer's. */
    public static String chinese(String message) {
        String text = message == null ? "" : message.strip();
        for (Known k : KNOWN) {
            Matcher m = k.english().matcher(text);
            if (m.find()) {
                return m.replaceFirst(k.chinese());
            }
        }
        return text.isEmpty() || !text.chars().allMatch(c -> c < 0x2E80) ? text : "排版程序提示：" + text;
    }

    /** Whether a drafting rule reports the same thing (so the rule's finding at the same line is enough). */
    public static boolean coveredByRules(RenderProblem problem) {
        return KNOWN.stream().filter(Known::coveredByRules)
                .anyMatch(k -> problem.message().startsWith(k.chinese().substring(0, k.chinese().indexOf('：'))));
    }

    /** Whether the renderer said it (rather than a drafting rule). */
    public static boolean fromRenderer(RenderProblem problem) {
        return problem.message().startsWith("排版程序提示：") || KNOWN.stream()
                .anyMatch(k -> problem.message().startsWith(k.chinese().substring(0, Math.max(2, k.chinese().indexOf('：')))));
    }
}
