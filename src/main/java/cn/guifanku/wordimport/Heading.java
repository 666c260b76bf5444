package cn.guifanku.wordimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph read as a heading: what it heads, its clause level (1 = 章, 2 = 条 x.y …), its title without the
 * number typed by hand (our renderer numbers), and for an annex its letter and status.
 */
record Heading(Part part, int level, String title, String annexStatus) {

    /** What a heading starts. */
    enum Part { PREFACE, INTRODUCTION, CONTENTS, CLAUSE, ANNEX, BIBLIOGRAPHY }

    /** "5.2.1 开放时间", "3　术语和定义", "A.1 评价指标", "3.1" (a term's number alone). */
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:(\\d{1,2}(?:[.．]\\d{1,3}){0,6})|([A-Z])[.．](\\d{1,3}(?:[.．]\\d{1,3}){0,5}))(?:[\\s\\u3000]+|(?=[\\u4e00-\\u9fff])|$)(.*)$",
            Pattern.DOTALL);
    private static final Pattern ANNEX = Pattern.compile(
            "^附[\\s\\u3000]*录[\\s\\u3000]*([A-Z])(?![A-Za-z])[\\s\\u3000]*(.*)$", Pattern.DOTALL);
    private static final Pattern ANNEX_STATUS = Pattern.compile("[（(]\\s*(规范性|资料性)(?:附录)?\\s*[)）]|(规范性|资料性)附录");
    private static final int MAX_UNSTYLED_LENGTH = 40;

    static Optional<Heading> of(String text, ParagraphStyle style) {
        String t = text.strip();
        String compact = t.replaceAll("[\\s\\u3000]", "");
        switch (compact) {
            case "前言" -> { return Optional.of(new Heading(Part.PREFACE, 1, "前言", null)); }
            case "引言" -> { return Optional.of(new Heading(Part.INTRODUCTION, 1, "引言", null)); }
            case "目次", "目录" -> { return Optional.of(new Heading(Part.CONTENTS, 1, "目次", null)); }
            case "参考文献" -> { return Optional.of(new Heading(Part.BIBLIOGRAPHY, 1, "参考文献", null)); }
            default -> { }
        }
        Matcher annex = ANNEX.matcher(t);
        if (annex.matches() && (style.named("附录标识") || style.headingLevel() != null || annex.group(2).length() <= 60)) {
            String rest = annex.group(2);
            Matcher status = ANNEX_STATUS.matcher(rest);
            String found = null;
            if (status.find()) {
                found = "（" + (status.group(1) != null ? status.group(1) : status.group(2)) + "）";
                rest = rest.substring(0, status.start()) + rest.substring(status.end());
            }
            return Optional.of(new Heading(Part.ANNEX, 1, rest.replaceAll("\\s+", " ").strip(), found));
        }
        Integer styled = style.headingLevel();
        Matcher number = NUMBER.matcher(t);
        if (number.matches()) {
            String rest = number.group(4).strip();
            int level = number.group(1) != null ? components(number.group(1)) : 1 + components(number.group(3));
            boolean looksLikeHeading = rest.codePointCount(0, rest.length()) <= MAX_UNSTYLED_LENGTH
                    && !rest.matches(".*[。；，：:;,]$") && !rest.matches("^[\\d%％].*") && !rest.contains("\n");
            if ((styled != null || looksLikeHeading) && (!rest.isEmpty() || level >= 2)) {
                return Optional.of(new Heading(Part.CLAUSE, level, rest, null));
            }
        }
        if (styled != null && !t.isEmpty()) {
            return Optional.of(new Heading(Part.CLAUSE, styled, t, null));
        }
        return Optional.empty();
    }

    private static int components(String number) {
        return number.split("[.．]").length;
    }

    /** The text after an annex heading's letter that is its status alone: "（规范性）". */
    static Optional<String> annexStatus(String text) {
        Matcher status = ANNEX_STATUS.matcher(text.strip());
        return status.matches() ? Optional.of("（" + (status.group(1) != null ? status.group(1) : status.group(2)) + "）")
                : Optional.empty();
    }
}
