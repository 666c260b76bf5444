package cn.guifanku.proposal;

import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.catalog.Succession;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderProblem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a draft's header and 前言 must say according to the catalog (GB/T 1.1—2020: the 前言 names only the directly
 * replaced edition, and closes with the history of editions), and each place where the draft says otherwise, with
 * its line and the wording that would be right as a {@link Suggestion} the editor may accept.
 *
 * <p>The 前言's 代替 sentence and history are errors (the published 前言 must agree with the catalog); the header's
 * {@code :std-replaces:} and {@code :std-number:} are warnings, since the chair's approval writes them from the record.
 * Plain text work on the main file: no rendering, milliseconds.
 */
final class DraftFacts {

    /** A document number as written in text: code, number, dash, year (any dash, spaces allowed). */
    private static final Pattern NUMBER = Pattern.compile("([A-Z]+(?:/[A-Z]+)?)[ \\u00a0]*(\\d+(?:\\.\\d+)*)[ \\u00a0]*[—－–-][ \\u00a0]*(\\d{4}|××××|XXXX)");
    private static final Pattern PREFACE = Pattern.compile("^==\\s+前言\\s*$");
    private static final Pattern HEADING = Pattern.compile("^={1,6}\\s+\\S.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\*{1,5}|-|\\.{1,5}|——)\\s*(.*)$");
    static final String REPLACES_LEAD = "本文件代替";
    static final String HISTORY_LEAD = "本文件及其所代替文件的历次版本发布情况为：";
    static final String OPEN_YEAR = "××××";

    /** A change the check proposes: lines {@code fromLine}..{@code toLine} (1-based; toLine = fromLine - 1 inserts) become {@code replacement}. */
    public record Suggestion(String file, int fromLine, int toLine, String original, String replacement) {

        /** A stable id, so that a page can name the suggestion it accepts. */
        public String id() {
            return Integer.toHexString((fromLine + ":" + toLine + ":" + original + "→" + replacement).hashCode());
        }
    }

    /** What a finding is about. */
    enum Fact { HEADER_NUMBER, HEADER_REPLACES, PREFACE_REPLACES, PREFACE_HISTORY }

    /** One finding, and the change that would fix it (null when there is no single right wording). */
    public record Finding(RenderProblem problem, Suggestion suggestion, Fact fact) {

        /** A finding of another check: no suggestion. */
        public static Finding of(RenderProblem problem) {
            return new Finding(problem, null, null);
        }
    }

    /**
     * The record's facts for the next edition of a standard.
     *
     * @param designation the standard's number without year ({@code WH/T 201})
     * @param predecessor the edition it replaces (null: none)
     * @param history     its editions so far, oldest first
     * @param crossStandard whether any of its editions replaced another standard (its history is then not derived)
     */
    record Expected(String designation, Edition predecessor, List<Edition> history, boolean crossStandard) {

        static Expected of(StandardEntry standard) {
            List<Edition> history = Succession.history(standard);
            boolean cross = history.stream().flatMap(e -> e.replaces().stream())
                    .anyMatch(n -> !designationOf(n).equals(standard.designation()));
            return new Expected(standard.designation(), Succession.predecessorOfNext(standard).orElse(null), history, cross);
        }

        String openNumber() {
            return designation + "—" + OPEN_YEAR;
        }

        /** 本文件代替 WH/T 201—2024《公共图书馆读者服务规范》，与 WH/T 201—2024 相比，除结构调整和编辑性改动外，主要技术变化如下： */
        String replacesSentence() {
            String n = predecessor.number();
            return REPLACES_LEAD + " " + n + "《" + predecessor.metadata().titleZh() + "》，与 " + n
                    + " 相比，除结构调整和编辑性改动外，主要技术变化如下：";
        }

        /** The items of the history: 2019年首次发布为 WH/T 201—2019； 2024年第一次修订； 本次为第二次修订。 */
        List<String> historyItems() {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                Edition e = history.get(i);
                int year = e.metadata().issued().getYear();
                items.add(i == 0 ? year + "年首次发布为 " + e.number() + "；" : year + "年第" + ordinal(i) + "次修订；");
            }
            items.add("本次为第" + ordinal(history.size()) + "次修订。");
            return items;
        }

        String historyText() {
            return HISTORY_LEAD + String.join("", historyItems().stream().map(i -> "——" + i).toList());
        }
    }

    private DraftFacts() {
    }

    /** Every place where the main file's header or 前言 disagrees with {@code expected}. */
    static List<Finding> check(String mainSource, Expected expected) {
        List<String> lines = List.of(mainSource.replace("\r\n", "\n").split("\n", -1));
        List<Finding> found = new ArrayList<>();
        header(lines, expected, found);
        preface(lines).ifPresent(range -> {
            replacesSentence(lines, range, expected, found);
            history(lines, range, expected, found);
        });
        return found;
    }

    /**
     * A new standard's draft (no standard revised, no number approved yet) whose header takes the number of a standard
     * the catalog already has, as a document made from that standard's edition does: an error, since a new standard is
     * not an edition of that one (its revision is a revision proposal); the number is set to an open one of the same
     * code, which the chair's approval fixes.
     */
    static List<Finding> numberTaken(String mainSource, StandardEntry taken) {
        List<String> lines = List.of(mainSource.replace("\r\n", "\n").split("\n", -1));
        for (int i = 0; i < lines.size() && !lines.get(i).isBlank(); i++) {
            if (lines.get(i).startsWith(":std-number:")) {
                String number = lines.get(i).substring(":std-number:".length()).strip();
                String open = taken.designation().replaceAll("\\s*\\d+(?:\\.\\d+)*$", "") + " 0—" + OPEN_YEAR;
                return List.of(finding(Fact.HEADER_NUMBER, Severity.ERROR, i, "编号 " + number + " 是目录中已有标准 "
                        + taken.designation() + "《" + taken.headline().metadata().titleZh() + "》的编号；新制定的标准不能沿用"
                        + "（修订该标准应提出修订提案），草案的编号应为“" + open + "”，编号在批准时确定", lines,
                        ":std-number: " + open));
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ header

    private static void header(List<String> lines, Expected expected, List<Finding> found) {
        int end = 0;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        int numberLine = -1;
        int replacesLine = -1;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).startsWith(":std-number:")) {
                numberLine = i;
            } else if (lines.get(i).startsWith(":std-replaces:")) {
                replacesLine = i;
            }
        }
        if (numberLine >= 0) {
            String number = lines.get(numberLine).substring(":std-number:".length()).strip();
            Matcher m = NUMBER.matcher(number);
            String designation = m.find() ? m.group(1) + " " + m.group(2) : number;
            String right = ":std-number: " + expected.openNumber();
            if (!designation.equals(expected.designation())) {
                found.add(finding(Fact.HEADER_NUMBER, Severity.ERROR, numberLine, "编号 " + number + " 不是本标准 " + expected.designation()
                        + " 的编号；草案的编号应为“" + expected.openNumber() + "”（年份在批准时确定）", lines, right));
            } else if (expected.history().stream().anyMatch(e -> e.number().equals(number))) {
                found.add(finding(Fact.HEADER_NUMBER, Severity.WARNING, numberLine, "草案的编号写成了已发布版本 " + number + " 的编号；草案的编号应为“"
                        + expected.openNumber() + "”，年份和发布、实施日期在批准时确定", lines, right));
            }
        }
        List<String> named = replacesLine < 0 ? List.of()
                : List.of(lines.get(replacesLine).substring(":std-replaces:".length()).split("[,，、]")).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> others = named.stream().filter(n -> !designationOf(n).equals(expected.designation())).toList();
        List<String> own = named.stream().filter(n -> designationOf(n).equals(expected.designation())).toList();
        List<String> should = expected.predecessor() == null ? List.of() : List.of(expected.predecessor().number());
        if (own.equals(should)) {
            return;
        }
        List<String> right = new ArrayList<>(should);
        right.addAll(others);
        String rightLine = right.isEmpty() ? null : ":std-replaces: " + String.join(", ", right);
        String said = own.isEmpty() ? "没有写本标准被代替的版本" : "写的是代替 " + String.join("、", own);
        String record = should.isEmpty() ? "目录中没有本文件要代替的本标准版本" : "目录记录本文件代替的是 " + should.get(0) + "（直接被代替的版本）";
        String message = "文档属性 :std-replaces: " + said + "，" + record + "；批准时以目录为准"
                + (rightLine == null ? "，应删去这一行" : "，应为“" + rightLine + "”");
        if (replacesLine >= 0) {
            found.add(finding(Fact.HEADER_REPLACES, Severity.WARNING, replacesLine, message, lines, rightLine));
        } else {
            int after = numberLine >= 0 ? numberLine : 0;
            found.add(new Finding(problem(Severity.WARNING, after + 1, message),
                    new Suggestion(MAIN, after + 2, after + 1, "", rightLine), Fact.HEADER_REPLACES));
        }
    }

    // ------------------------------------------------------------------ 前言

    /** Lines (0-based, end exclusive) of the 前言 section in the main file. */
    private static Optional<int[]> preface(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PREFACE.matcher(lines.get(i)).matches()) {
                int end = i + 1;
                while (end < lines.size() && !HEADING.matcher(lines.get(end)).matches()) {
                    end++;
                }
                // a block attribute line ([preface], [[id]]) belongs to the next heading
                while (end > i + 1 && lines.get(end - 1).startsWith("[")) {
                    end--;
                }
                return Optional.of(new int[] {i, end});
            }
        }
        return Optional.empty();
    }

    private static void replacesSentence(List<String> lines, int[] range, Expected expected, List<Finding> found) {
        int at = -1;
        for (int i = range[0] + 1; i < range[1]; i++) {
            if (lines.get(i).strip().startsWith(REPLACES_LEAD)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            if (expected.predecessor() != null) {
                int after = paragraphEnd(lines, firstParagraph(lines, range), range[1]);
                String sentence = expected.replacesSentence();
                found.add(new Finding(problem(Severity.ERROR, range[0] + 1, "前言缺少本文件与所代替版本的关系；目录记录本文件代替 "
                        + expected.predecessor().number() + "，应写：“" + sentence + "”并列出主要技术变化"),
                        new Suggestion(MAIN, after + 1, after, "", "\n" + sentence + "\n\n[loweralpha]\n. （在此列出主要技术变化）；"),
                        Fact.PREFACE_REPLACES));
            }
            return;
        }
        int end = paragraphEnd(lines, at, range[1]);
        String paragraph = String.join("\n", lines.subList(at, end));
        Set<String> own = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(paragraph);
        while (m.find()) {
            if ((m.group(1) + " " + m.group(2)).equals(expected.designation())) {
                own.add(m.group());
            }
        }
        if (expected.predecessor() == null) {
            if (!own.isEmpty()) {
                found.add(new Finding(problem(Severity.ERROR, at + 1, "前言写了本文件代替 " + String.join("、", own)
                        + "，但目录中没有本文件要代替的本标准版本；应删去这一段"),
                        new Suggestion(MAIN, at + 1, end, paragraph, null), Fact.PREFACE_REPLACES));
            }
            return;
        }
        String right = expected.predecessor().number();
        if (own.size() == 1 && normalise(own.iterator().next()).equals(normalise(right))) {
            return;
        }
        String corrected;
        if (own.size() == 1) {
            String wrong = own.iterator().next();
            corrected = paragraph.replace(wrong, right).replaceFirst(Pattern.quote(right) + "《[^》]*》",
                    Matcher.quoteReplacement(right + "《" + expected.predecessor().metadata().titleZh() + "》"));
        } else {
            corrected = expected.replacesSentence();
        }
        found.add(new Finding(problem(Severity.ERROR, at + 1, "前言写的是代替 " + (own.isEmpty() ? "（未写本标准的版本）"
                : String.join("、", own)) + "，但目录记录本文件直接代替的是 " + right + "（GB/T 1.1—2020：只写直接被代替的版本）；应为：“"
                + corrected.replace("\n", "") + "”"), new Suggestion(MAIN, at + 1, end, paragraph, corrected),
                Fact.PREFACE_REPLACES));
    }

    private static void history(List<String> lines, int[] range, Expected expected, List<Finding> found) {
        if (expected.history().isEmpty() || expected.crossStandard()) {
            return; // a first edition has no history; one that absorbed other standards is written by hand
        }
        int at = -1;
        for (int i = range[0] + 1; i < range[1]; i++) {
            if (lines.get(i).strip().startsWith("本文件及其所代替文件的历次版本")) {
                at = i;
                break;
            }
        }
        List<String> items = expected.historyItems();
        String block = HISTORY_LEAD + "\n\n" + String.join("\n", items.stream().map(i -> "* " + i).toList());
        if (at < 0) {
            int last = range[1] - 1;
            while (last > range[0] && lines.get(last).isBlank()) {
                last--;
            }
            found.add(new Finding(problem(Severity.ERROR, last + 1, "前言缺少历次版本发布情况；按目录记录应为：“"
                    + expected.historyText() + "”"), new Suggestion(MAIN, last + 2, last + 1, "", "\n" + block),
                    Fact.PREFACE_HISTORY));
            return;
        }
        // the lead sentence, then the list (one blank line between them is allowed)
        int end = at + 1;
        List<String> written = new ArrayList<>();
        String lead = lines.get(at).strip();
        if (!lead.endsWith("：") && !lead.endsWith(":")) {
            written.add(lead.substring(lead.indexOf('：') + 1));
        }
        while (end < range[1] && lines.get(end).isBlank() && end + 1 < range[1]
                && LIST_ITEM.matcher(lines.get(end + 1)).matches()) {
            end++;
        }
        while (end < range[1] && !lines.get(end).isBlank()) {
            Matcher item = LIST_ITEM.matcher(lines.get(end));
            written.add(item.matches() ? item.group(1) : lines.get(end));
            end++;
        }
        String said = normalise(String.join("", written)).replace("——", "");
        String should = normalise(String.join("", items));
        if (said.equals(should)) {
            return;
        }
        found.add(new Finding(problem(Severity.ERROR, at + 1, "前言中的历次版本发布情况与目录记录不一致；应为：“"
                + expected.historyText() + "”"), new Suggestion(MAIN, at + 1, end,
                String.join("\n", lines.subList(at, end)), block), Fact.PREFACE_HISTORY));
    }

    // ------------------------------------------------------------------ helpers

    private static final String MAIN = Drafts.STANDARD;

    /** The first paragraph of the 前言 (the drafting basis), or the heading when there is none. */
    private static int firstParagraph(List<String> lines, int[] range) {
        for (int i = range[0] + 1; i < range[1]; i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return range[0];
    }

    /** The line after a paragraph starting at {@code at}: its first blank line (or the range's end). */
    private static int paragraphEnd(List<String> lines, int at, int limit) {
        int end = at + 1;
        while (end < limit && !lines.get(end).isBlank()) {
            end++;
        }
        return end;
    }

    private static Finding finding(Fact fact, Severity severity, int line, String message, List<String> lines,
                                   String replacement) {
        return new Finding(problem(severity, line + 1, message),
                new Suggestion(MAIN, line + 1, line + 1, lines.get(line), replacement), fact);
    }

    private static RenderProblem problem(Severity severity, int line, String message) {
        return new RenderProblem(MAIN, line, severity, message);
    }

    static String designationOf(String number) {
        Matcher m = NUMBER.matcher(number);
        return m.find() ? m.group(1) + " " + m.group(2) : number.strip();
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]", "").replace('－', '—').replace('–', '—');
    }

    /** 一, 二 … 十, 十一 … 九十九: how a 前言 counts revisions. */
    static String ordinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }
}
