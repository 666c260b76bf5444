package cn.guifanku.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads and checks the {@code :std-*:} attributes of a parsed header. Every problem is collected
 * before failing, so an editor sees all of them at once, each with the line of its attribute.
 */
final class MetadataReader {

    /**
     * Code, number with optional part, em dash (U+2014), year: {@code WH/T 87.1—2019}, {@code T/LSC 3—2022}; a draft's
     * year may be left open ({@code WH/T 201—××××}): publication then refuses it, since the approval fixes the year.
     */
    private static final Pattern NUMBER = Pattern.compile("[A-Z]+(?:/[A-Z][A-Z0-9]*)? \\d+(?:\\.\\d+)*—(?:\\d{4}|××××)");

    StandardMetadata read(Document header, String mainSource, String label) {
        return read(header, mainSource, label, false);
    }

    /** @param draft whether :std-issued: and :std-effective: may be missing (a draft is not issued yet) */
    StandardMetadata read(Document header, String mainSource, String label, boolean draft) {
        Map<String, Object> attributes = header.getAttributes();
        List<RenderProblem> problems = new ArrayList<>();
        String number = text(attributes, "std-number");
        if (number == null) {
            problems.add(missing(mainSource, "std-number"));
        } else if (!NUMBER.matcher(number).matches()) {
            problems.add(bad(mainSource, "std-number", "标准编号“" + number + "”格式不对，应为“代号 顺序号—年份”，"
                    + "年份前用破折号“—”（U+2014），例如 WH/T 201—2024"));
        }
        String title = header.getDoctitle() == null ? null : Jsoup.parse(header.getDoctitle()).text().strip();
        if (title == null || title.isEmpty()) {
            problems.add(new RenderProblem(SourceFiles.MAIN, 1, RenderProblem.Severity.ERROR, "缺少文档标题（第一行应为“= 标准名称”）"));
        }
        LocalDate issued = date(attributes, mainSource, "std-issued", draft, problems);
        LocalDate effective = date(attributes, mainSource, "std-effective", draft, problems);
        if (issued != null && effective != null && effective.isBefore(issued)) {
            problems.add(bad(mainSource, "std-effective", "实施日期 " + effective + " 早于发布日期 " + issued));
        }
        List<String> replaces = replaces(attributes, mainSource, problems);
        if (!problems.isEmpty()) {
            throw new RenderFailedException(label, problems);
        }
        return new StandardMetadata(number, title, text(attributes, "std-title-en"), text(attributes, "std-type"),
                text(attributes, "std-ics"), text(attributes, "std-ccs"), issued, effective, replaces,
                text(attributes, "std-issuer"), text(attributes, "std-proposer"), text(attributes, "std-committee"),
                text(attributes, "std-drafters"));
    }

    private static LocalDate date(Map<String, Object> attributes, String source, String name, boolean optional,
            List<RenderProblem> problems) {
        String value = text(attributes, name);
        if (value == null) {
            if (!optional) {
                problems.add(missing(source, name));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(bad(source, name, "日期“" + value + "”格式不对，应为 YYYY-MM-DD，例如 2024-03-15"));
            return null;
        }
    }

    private static List<String> replaces(Map<String, Object> attributes, String source, List<RenderProblem> problems) {
        String value = text(attributes, "std-replaces");
        List<String> numbers = new ArrayList<>();
        for (String part : value == null ? new String[0] : value.split("[,，、]")) {
            String number = part.strip();
            if (number.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(number).matches()) {
                problems.add(bad(source, "std-replaces", "被代替标准编号“" + number + "”格式不对，应为“代号 顺序号—年份”"));
            }
            numbers.add(number);
        }
        return numbers;
    }

    /** Attribute values carry Asciidoctor's header substitutions (&amp;amp; etc.); metadata is plain text. */
    static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        if (value == null) {
            return null;
        }
        String plain = Parser.unescapeEntities(value.toString(), false).strip();
        return plain.isEmpty() ? null : plain;
    }

    private static RenderProblem missing(String source, String name) {
        return new RenderProblem(SourceFiles.MAIN, lineOf(source, name), RenderProblem.Severity.ERROR,
                "缺少必需的文档属性 :" + name + ":");
    }

    private static RenderProblem bad(String source, String name, String message) {
        return new RenderProblem(SourceFiles.MAIN, lineOf(source, name), RenderProblem.Severity.ERROR, message);
    }

    /** The line of {@code :name:} in the main file; 1 when it is set elsewhere (an include, the API). */
    static int lineOf(String source, String name) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(":" + name + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
