package cn.guifanku.render;

import cn.guifanku.render.RenderProblem.Severity;
import cn.guifanku.render.StandardSource.Section;
import cn.guifanku.render.StandardSource.Unit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The drafting rules of GB/T 1.1—2020 a draft is checked against before it goes out (beyond “it renders”). Reads the
 * AsciiDoc itself (with its includes, from the same folder), not a render: fast (milliseconds), thread-safe, and usable
 * on a request thread.
 *
 * <p>Findings, each with file and line; an {@link Severity#ERROR} blocks sending the draft out, a
 * {@link Severity#WARNING} does not:
 * <ul>
 * <li>the required elements 前言, 范围, 规范性引用文件 and 术语和定义, with 范围, 规范性引用文件 and 术语和定义 as clauses 1, 2
 * and 3, and 前言, 引言 and 参考文献 marked as such (not numbered as clauses);</li>
 * <li>clause numbering: headings do not skip a level, are at most five levels deep, are all numbered, carry no
 * hand-written numbers; a clause split into a single subclause is a warning;</li>
 * <li>前言 opens with the drafting-basis sentence;</li>
 * <li>规范性引用文件 and 术语和定义 open with their lead-in sentences, or say there are none (and then list none);</li>
 * <li>every document cited in normative text is listed in 规范性引用文件 (or, cited for information, in 参考文献),
 * every listed one is cited, and with the same date (a dated citation of an undated entry, or the reverse, is a
 * warning);</li>
 * <li>必须 (a requirement uses 应);</li>
 * <li>each annex is marked （规范性） or （资料性） and cited in the text (from 前言 on); annexes out of the order of
 * their first citation is a warning; a 附录, 表 or 图 cited that the document does not have is an error;</li>
 * <li>cross-references ({@code <<id>>}, {@code xref:id[]}) lead to an anchor, a clause or a titled block of the
 * document, and no id is given twice;</li>
 * <li>the header's dates: valid, and 实施 not before 发布.</li>
 * </ul>
 * Messages are in Chinese. Findings are returned errors first, then in document order.
 */
@Component
public class DraftingRules {

    static final String DRAFTING_BASIS =
            "本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。";
    static final String REFERENCES_LEAD_IN = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
            + "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。";
    static final String NO_REFERENCES = "本文件没有规范性引用文件。";
    static final String TERMS_LEAD_IN = "下列术语和定义适用于本文件。";
    static final String NO_TERMS = "本文件没有需要界定的术语和定义。";

    static final String PREFACE = "前言";
    static final String INTRODUCTION = "引言";
    static final String SCOPE = "范围";
    static final String REFERENCES = "规范性引用文件";
    static final String TERMS = "术语和定义";
    static final String BIBLIOGRAPHY = "参考文献";

    /**
     * A document's number as cited: a code (GB, GB/T, GB/Z, a sector code such as WH/T or JGJ, T/ and a group's code,
     * DB11/T, ISO, IEC, ISO/IEC …), its number with parts, and optionally a dash and the year.
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?<![A-Za-z0-9/.\\-])((?:(?:GB(?:/[TZ])?|ISO(?:/IEC)?(?:/(?:TS|TR|PAS))?|IEC(?:/(?:TS|TR))?)[ \\u00a0]?"
                    + "|(?:T/[A-Z][A-Z0-9]*|DB\\d{2}(?:/[TZ])?|[A-Z]{2,4}(?:/[TZ])?)[ \\u00a0])\\d+(?:\\.\\d+)*(?:-\\d+)*)"
                    + "(?:[ \\u00a0]*[—–－-][ \\u00a0]*(\\d{4}))?(?![\\d.]*\\d)");
    private static final Pattern CODE_AND_NUMBER = Pattern.compile("^(\\D+?)[ \\u00a0]?(\\d.*)$");
    /** Codes that look like documents' but are not: classification codes, units. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("ICS", "CCS", "UTF", "UCS", "RGB", "CMYK", "ISBN", "ISSN",
            "DOI", "SAC", "TC", "SC", "WG", "PPI", "DPI", "CPU", "USB", "PDF", "XML", "HTML");
    private static final Pattern ANNEX_CITATION = Pattern.compile("附\\s*录\\s*([A-Z])(?![A-Za-z])");
    private static final Pattern XREF = Pattern.compile("<<\\s*([^,>\\s]+)|xref:([^\\[\\s]+)\\[");
    /** A cross-reference with its whole target (a natural one may be a title with spaces): {@code <<target,text>>}. */
    private static final Pattern XREF_TARGET = Pattern.compile("<<([^<>,]+?)(?:,[^<>]*)?>>|xref:([^\\[\\s]+)\\[");
    /** 表 1, 表 A.2, 图3 (not 代表, 列表, 附表, 图表). */
    private static final Pattern FORMAL_CITATION = Pattern.compile("(?<![代列附图发])([表图])[ \\u00a0]*(?:([A-Z])[.．])?(\\d+)(?![\\d.．]*\\d)");
    /** What precedes a mention of another document's 附录, 表 or 图: "GB/T 1.1—2020 的", "2019年版的". */
    private static final Pattern OTHER_DOCUMENTS = Pattern.compile("(?:\\d{4}\\s*年版|[A-Z/]+\\s*[\\d.]+(?:\\s*[—–-]\\s*\\d{4})?|》)\\s*(?:中?的)?\\s*$");
    private static final Pattern HAND_NUMBER = Pattern.compile("^(?:\\d+(?:\\.\\d+)*|[A-Z]\\.\\d+(?:\\.\\d+)*|附录\\s*[A-Z])[\\s\\u3000.．、]");
    private static final Pattern TERMS_BY_REFERENCE = Pattern.compile("^.+界定的(以及下列)?术语和定义适用于本文件。$");
    private static final Pattern TERM_SOURCE = Pattern.compile("^[〔\\[]来源[:：]");
    private static final Pattern FOOTNOTE = Pattern.compile("footnote:[\\w-]*\\[[^\\]]*]");
    private static final String MUST = "必须";

    /**
     * Checks the folder's {@link SourceFiles#MAIN} (and what it includes) against the rules above.
     *
     * @return the findings, errors first; empty when the draft follows the rules. A folder without the main file gives
     * one error.
     */
    public List<RenderProblem> check(SourceFiles files) {
        Optional<StandardSource> read = StandardSource.read(files);
        if (read.isEmpty()) {
            return List.of(new RenderProblem(SourceFiles.MAIN, null, Severity.ERROR, "找不到主文件 " + SourceFiles.MAIN));
        }
        Check check = new Check(read.get());
        check.run();
        List<RenderProblem> found = new ArrayList<>(check.problems);
        found.sort(Comparator.comparing((RenderProblem p) -> p.severity() != Severity.ERROR));
        return List.copyOf(found);
    }

    /** One run over one standard. */
    private static final class Check {
        private final StandardSource source;
        private final List<RenderProblem> problems = new ArrayList<>();
        private final Section preface;
        private final List<Section> chapters = new ArrayList<>();
        private final List<Section> annexes = new ArrayList<>();
        private final Section bibliography;

        Check(StandardSource source) {
            this.source = source;
            Section foundPreface = null;
            Section foundBibliography = null;
            for (Section clause : source.document.children) {
                if (clause.hasStyle("appendix")) {
                    annexes.add(clause);
                } else if (clause.hasStyle("bibliography") || clause.title.equals(BIBLIOGRAPHY)) {
                    foundBibliography = foundBibliography == null ? clause : foundBibliography;
                } else if (clause.hasStyle("preface") || clause.hasStyle("abstract") || clause.hasStyle("index")
                        || clause.hasStyle("glossary") || clause.hasStyle("colophon") || clause.title.equals(PREFACE)
                        || clause.title.equals(INTRODUCTION)) {
                    if (clause.title.equals(PREFACE) && foundPreface == null) {
                        foundPreface = clause;
                    }
                    if (!clause.hasStyle("preface") && (clause.title.equals(PREFACE) || clause.title.equals(INTRODUCTION))) {
                        error(clause.file, clause.line, "“" + clause.title + "”不是章，应在标题前加一行 [preface]（否则会被编为第1章）");
                    }
                } else {
                    chapters.add(clause);
                }
            }
            this.preface = foundPreface;
            this.bibliography = foundBibliography;
            if (bibliography != null && !bibliography.hasStyle("bibliography")) {
                error(bibliography.file, bibliography.line, "“参考文献”不是章，应在标题前加一行 [bibliography]");
            }
        }

        void run() {
            requiredElements();
            numbering();
            draftingBasis();
            normativeReferences();
            termsLeadIn();
            must();
            annexes();
            missingAnnexesTablesAndFigures();
            crossReferences();
            duplicateAnchors();
            dates();
        }

        // ------------------------------------------------------------ required elements

        private void requiredElements() {
            if (preface == null) {
                error(SourceFiles.MAIN, source.document.line, "缺少 GB/T 1.1—2020 规定的要素“前言”（[preface] 下的 == 前言）");
            }
            String[] required = {SCOPE, REFERENCES, TERMS};
            for (int i = 0; i < required.length; i++) {
                String title = required[i];
                Optional<Section> clause = chapter(title);
                if (clause.isEmpty()) {
                    error(SourceFiles.MAIN, source.document.line, "缺少 GB/T 1.1—2020 规定的要素“" + title + "”（== " + title + "）");
                } else if (chapters.indexOf(clause.get()) != i) {
                    error(clause.get().file, clause.get().line, "“" + title + "”应为第" + (i + 1) + "章，现为第"
                            + (chapters.indexOf(clause.get()) + 1) + "章");
                }
            }
        }

        // ------------------------------------------------------------ numbering

        private void numbering() {
            Attribute sectnums = attribute("sectnums!");
            if (sectnums != null || source.header.containsKey("!sectnums")) {
                Attribute off = sectnums != null ? sectnums : attribute("!sectnums");
                error(off.file(), off.line(), "关闭了章条编号（:sectnums!:），章、条应按 GB/T 1.1—2020 编号");
            }
            int numbered = 5;
            Attribute levels = attribute("sectnumlevels");
            if (levels != null) {
                try {
                    numbered = Integer.parseInt(levels.value().strip());
                } catch (NumberFormatException e) {
                    error(levels.file(), levels.line(), "编号层数“" + levels.value() + "”不是数字");
                }
            }
            for (Section jump : source.levelJumps) {
                error(jump.file, jump.line, "标题“" + jump.title + "”跳过了层级（上一级是第" + jump.parent.level
                        + "级，此处是第" + jump.level + "级），条的编号会不连续");
            }
            for (Unit deep : source.tooDeepHeadings) {
                error(deep.file(), deep.line(), "条的层次超过五层（GB/T 1.1—2020 最多分到第五层次）");
            }
            for (Section section : source.sections) {
                Section clause = section.clause();
                boolean isNumbered = clause != null && (chapters.contains(clause) || annexes.contains(clause));
                if (!isNumbered) {
                    continue;
                }
                if (section.level > numbered) {
                    error(section.file, section.line, "标题“" + section.title + "”在第" + section.level
                            + "层，超出编号层数（:sectnumlevels: " + numbered + "），不会编号");
                }
                if (HAND_NUMBER.matcher(section.title).find()) {
                    error(section.file, section.line, "标题“" + section.title + "”中写了编号；章条号由系统自动编排，标题中不应再写");
                }
                if (section.children.size() == 1 && !section.title.equals(TERMS)) {
                    warning(section.children.get(0).file, section.children.get(0).line, "“" + section.title
                            + "”下只有一个条“" + section.children.get(0).title + "”；同一层次有两个或以上的条时才设条");
                }
            }
        }

        // ------------------------------------------------------------ 前言

        private void draftingBasis() {
            if (preface == null) {
                return;
            }
            List<Unit> text = preface.units;
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i).text();
                if (!(line.contains("本文件按照") || line.contains("GB/T 1.1"))) {
                    continue;
                }
                if (!same(line, DRAFTING_BASIS)) {
                    error(text.get(i).file(), text.get(i).line(), "前言中起草依据的表述不对，应为“" + DRAFTING_BASIS + "”");
                } else if (i > 0) {
                    warning(text.get(i).file(), text.get(i).line(), "前言应以起草依据“" + DRAFTING_BASIS + "”开头");
                }
                return;
            }
            error(preface.file, preface.line, "前言缺少起草依据：“" + DRAFTING_BASIS + "”");
        }

        // ------------------------------------------------------------ 规范性引用文件 and citations

        private void normativeReferences() {
            Optional<Section> references = chapter(REFERENCES);
            Map<String, Listed> listed = new LinkedHashMap<>();
            if (references.isPresent()) {
                Section clause = references.get();
                List<Unit> text = allUnits(clause);
                Unit leadIn = text.isEmpty() ? null : text.get(0);
                for (Unit unit : text) {
                    if (unit == leadIn) {
                        continue;
                    }
                    Matcher entry = CITATION.matcher(unit.text());
                    if (entry.lookingAt() && isDocument(entry.group(1))) {
                        listed.putIfAbsent(key(entry.group(1)), new Listed(entry.group(1), entry.group(2), unit));
                    }
                }
                if (leadIn == null) {
                    error(clause.file, clause.line, "规范性引用文件缺少引导语：“" + REFERENCES_LEAD_IN + "”（没有引用文件时写“"
                            + NO_REFERENCES + "”）");
                } else if (same(leadIn.text(), NO_REFERENCES)) {
                    if (!listed.isEmpty()) {
                        error(leadIn.file(), leadIn.line(), "规范性引用文件写了“" + NO_REFERENCES + "”，却列出了文件");
                    }
                } else if (!same(leadIn.text(), REFERENCES_LEAD_IN)) {
                    error(leadIn.file(), leadIn.line(), "规范性引用文件的引导语不对，应为“" + REFERENCES_LEAD_IN + "”（没有引用文件时写“"
                            + NO_REFERENCES + "”）");
                } else if (listed.isEmpty()) {
                    error(leadIn.file(), leadIn.line(), "规范性引用文件没有列出任何文件；没有引用文件时应写“" + NO_REFERENCES + "”");
                }
            }
            Map<String, String> informative = new LinkedHashMap<>();
            if (bibliography != null) {
                for (Unit unit : allUnits(bibliography)) {
                    Matcher cited = CITATION.matcher(unit.text());
                    while (cited.find()) {
                        if (isDocument(cited.group(1))) {
                            informative.putIfAbsent(key(cited.group(1)), cited.group(1));
                        }
                    }
                }
            }
            Map<String, Boolean> used = new LinkedHashMap<>();
            for (Unit unit : source.units) {
                if (!normative(unit)) {
                    continue;
                }
                Matcher cited = CITATION.matcher(plain(unit.text()));
                while (cited.find()) {
                    if (!isDocument(cited.group(1))) {
                        continue;
                    }
                    String key = key(cited.group(1));
                    String document = cited.group(1) + (cited.group(2) == null ? "" : "—" + cited.group(2));
                    Listed entry = listed.get(key);
                    if (entry == null) {
                        if (!informative.containsKey(key) && references.isPresent()) {
                            error(unit.file(), unit.line(), "正文引用了 " + document + "，但规范性引用文件中没有列出"
                                    + "（只是资料性提及的文件应列入参考文献）");
                        }
                        continue;
                    }
                    used.put(key, true);
                    dateOfCitation(unit, document, cited.group(2), entry);
                }
            }
            for (Map.Entry<String, Listed> entry : listed.entrySet()) {
                if (!used.containsKey(entry.getKey())) {
                    Listed document = entry.getValue();
                    error(document.unit().file(), document.unit().line(), "规范性引用文件列出了 " + document.shown()
                            + "，但正文中没有规范性引用它（不是规范性引用的文件应列入参考文献）");
                }
            }
        }

        private void dateOfCitation(Unit unit, String document, String year, Listed entry) {
            if (year == null && entry.year() != null) {
                warning(unit.file(), unit.line(), "正文不注日期地引用了 " + document + "，规范性引用文件中列的是注日期的 "
                        + entry.shown() + "；两处应一致");
            } else if (year != null && entry.year() == null) {
                warning(unit.file(), unit.line(), "正文引用了注日期的 " + document + "，规范性引用文件中列的是不注日期的 "
                        + entry.shown() + "；两处应一致");
            } else if (year != null && !year.equals(entry.year())) {
                error(unit.file(), unit.line(), "正文引用的 " + document + " 与规范性引用文件中列的 " + entry.shown() + " 日期不同");
            }
        }

        /** Text whose citations are normative: clauses (not 规范性引用文件) and normative annexes, not notes or examples. */
        private boolean normative(Unit unit) {
            Section clause = unit.section().clause();
            if (clause == null || unit.informative() || TERM_SOURCE.matcher(unit.text()).find()) {
                return false;
            }
            if (annexes.contains(clause)) {
                return !annexStatus(clause).map(status -> status.contains("资料性")).orElse(false);
            }
            return chapters.contains(clause) && !clause.title.equals(REFERENCES);
        }

        // ------------------------------------------------------------ 术语和定义

        private void termsLeadIn() {
            Optional<Section> terms = chapter(TERMS);
            if (terms.isEmpty()) {
                return;
            }
            Section clause = terms.get();
            boolean hasEntries = !clause.children.isEmpty();
            Unit leadIn = clause.units.isEmpty() ? null : clause.units.get(0);
            String expected = "“" + TERMS_LEAD_IN + "”（或“……界定的以及下列术语和定义适用于本文件。”；没有术语时写“" + NO_TERMS + "”）";
            if (leadIn == null) {
                error(clause.file, clause.line, "术语和定义缺少引导语：" + expected);
                return;
            }
            String text = normalized(leadIn.text());
            Matcher byReference = TERMS_BY_REFERENCE.matcher(text);
            boolean listsHere = same(text, TERMS_LEAD_IN) || (byReference.matches() && byReference.group(1) != null);
            boolean listsNone = same(text, NO_TERMS) || (byReference.matches() && byReference.group(1) == null);
            if (!listsHere && !listsNone) {
                error(leadIn.file(), leadIn.line(), "术语和定义的引导语不对，应为" + expected);
            } else if (listsHere && !hasEntries) {
                error(leadIn.file(), leadIn.line(), "术语和定义的引导语说“下列术语和定义”，但没有术语条目；没有需要界定的术语时应写“"
                        + NO_TERMS + "”");
            } else if (listsNone && hasEntries) {
                error(leadIn.file(), leadIn.line(), "术语和定义的引导语说没有（下列）术语，却有术语条目；应为“" + TERMS_LEAD_IN + "”");
            }
        }

        // ------------------------------------------------------------ 必须

        private void must() {
            for (Unit unit : source.units) {
                Section clause = unit.section().clause();
                if (clause == bibliography || clause != null && clause.title.equals(REFERENCES) && chapters.contains(clause)) {
                    continue; // titles of other documents
                }
                int at = unit.text().indexOf(MUST);
                if (at >= 0) {
                    error(unit.file(), unit.line() + lineOffset(unit.text(), at), "使用了“必须”：表示要求应使用“应”（不应使用“必须”），"
                            + "见 GB/T 1.1—2020 表3");
                }
            }
            for (Section section : source.sections) {
                if (section.title.contains(MUST)) {
                    error(section.file, section.line, "标题中使用了“必须”：表示要求应使用“应”");
                }
            }
        }

        // ------------------------------------------------------------ annexes

        private void annexes() {
            List<Character> firstCited = new ArrayList<>();
            Map<Character, Section> byLetter = new LinkedHashMap<>();
            for (int i = 0; i < annexes.size(); i++) {
                char letter = (char) ('A' + i);
                Section annex = annexes.get(i);
                byLetter.put(letter, annex);
                Optional<String> status = annexStatus(annex);
                if (status.isEmpty()) {
                    error(annex.file, annex.line, "附录 " + letter + "“" + annex.title + "”未标明性质：标题下第一段应为 [.annex-status] 的"
                            + "“（规范性）”或“（资料性）”");
                } else if (!status.get().equals("（规范性）") && !status.get().equals("（资料性）")) {
                    error(annex.file, annex.line, "附录 " + letter + " 的性质“" + status.get() + "”不对，应为“（规范性）”或“（资料性）”");
                }
            }
            for (Unit unit : source.units) {
                Section clause = unit.section().clause();
                if (clause == null || unit.text().isEmpty()) {
                    continue;
                }
                Matcher mention = ANNEX_CITATION.matcher(unit.text());
                while (mention.find()) {
                    cite(mention.group(1).charAt(0), clause, byLetter, firstCited);
                }
                Matcher xref = XREF.matcher(unit.text());
                while (xref.find()) {
                    String target = xref.group(1) != null ? xref.group(1) : xref.group(2);
                    byLetter.forEach((letter, annex) -> {
                        if (target.equals(annex.id) || target.equals(autoId(annex.title))) {
                            cite(letter, clause, byLetter, firstCited);
                        }
                    });
                }
            }
            byLetter.forEach((letter, annex) -> {
                if (!firstCited.contains(letter)) {
                    error(annex.file, annex.line, "附录 " + letter + "“" + annex.title + "”在正文和前言中都没有被提及（如“见附录 "
                            + letter + "”）");
                }
            });
            for (int i = 0; i < firstCited.size(); i++) {
                char letter = firstCited.get(i);
                if (letter != 'A' + i && byLetter.containsKey(letter)) {
                    Section annex = byLetter.get(letter);
                    warning(annex.file, annex.line, "附录的顺序应与在文中（从前言算起）首次提及的顺序一致：附录 " + letter
                            + " 是第" + (i + 1) + "个被提及的附录");
                    return;
                }
            }
        }

        private static void cite(char letter, Section where, Map<Character, Section> annexes, List<Character> firstCited) {
            if (annexes.get(letter) != where && annexes.containsKey(letter) && !firstCited.contains(letter)) {
                firstCited.add(letter);
            }
        }

        /** The annex's first paragraph when it has the annex-status role: （规范性） or （资料性）. */
        private static Optional<String> annexStatus(Section annex) {
            return annex.units.stream().findFirst().filter(unit -> unit.roles().contains("annex-status"))
                    .map(unit -> normalized(unit.text()));
        }

        // ------------------------------------------------------------ 附录, 表, 图 that do not exist

        private void missingAnnexesTablesAndFigures() {
            java.util.Set<String> tables = new java.util.HashSet<>();
            java.util.Set<String> figures = new java.util.HashSet<>();
            Map<String, Integer> counters = new java.util.HashMap<>();
            for (StandardSource.Formal formal : source.formals) {
                Section clause = formal.section().clause();
                String prefix = clause != null && annexes.contains(clause) ? (char) ('A' + annexes.indexOf(clause)) + "." : "";
                int n = counters.merge(formal.kind() + prefix, 1, Integer::sum);
                (formal.kind() == StandardSource.Formal.TABLE ? tables : figures).add(prefix + n);
            }
            String annexList = annexes.isEmpty() ? "没有附录" : "只有附录 " + String.join("、",
                    java.util.stream.IntStream.range(0, annexes.size()).mapToObj(i -> String.valueOf((char) ('A' + i))).toList());
            for (Unit unit : source.units) {
                Section clause = unit.section().clause();
                if (clause == null || clause == bibliography || clause.title.equals(REFERENCES) && chapters.contains(clause)) {
                    continue;
                }
                String text = unit.text();
                Matcher annex = ANNEX_CITATION.matcher(text);
                while (annex.find()) {
                    int letter = annex.group(1).charAt(0) - 'A';
                    if (letter >= annexes.size() && !aboutAnotherDocument(text, annex.start())) {
                        error(unit.file(), unit.line() + lineOffset(text, annex.start()), "引用了附录 " + annex.group(1)
                                + "，但本文件" + annexList);
                    }
                }
                Matcher formal = FORMAL_CITATION.matcher(text);
                while (formal.find()) {
                    String number = (formal.group(2) == null ? "" : formal.group(2) + ".") + formal.group(3);
                    boolean table = formal.group(1).equals("表");
                    if (!(table ? tables : figures).contains(number) && !aboutAnotherDocument(text, formal.start())) {
                        java.util.Set<String> have = table ? tables : figures;
                        error(unit.file(), unit.line() + lineOffset(text, formal.start()), "引用了" + formal.group(1) + " "
                                + number + "，但本文件" + (have.isEmpty() ? "没有带标题（编号）的" + formal.group(1)
                                : "只有" + formal.group(1) + " " + String.join("、", have.stream().sorted().toList()))
                                + "（" + formal.group(1) + "须有标题才会编号）");
                    }
                }
            }
        }

        /** Whether a mention at {@code at} is of another document's part: "GB/T 1.1—2020 的附录 B", "2019年版的表 3". */
        private static boolean aboutAnotherDocument(String text, int at) {
            return OTHER_DOCUMENTS.matcher(text.substring(Math.max(0, at - 40), at)).find();
        }

        // ------------------------------------------------------------ cross-references and anchors

        private void crossReferences() {
            java.util.Set<String> targets = new java.util.HashSet<>(source.blockTitles);
            source.anchors.forEach(a -> targets.add(a.id()));
            for (Section section : source.sections) {
                targets.add(section.title);
                targets.add(section.id != null ? section.id : autoId(section.title));
                targets.add(autoId(section.title));
            }
            for (Unit unit : source.units) {
                Matcher xref = XREF_TARGET.matcher(unit.text());
                while (xref.find()) {
                    String target = (xref.group(1) != null ? xref.group(1) : xref.group(2)).strip();
                    if (target.contains("#") || target.contains("{") || target.endsWith(".adoc") || target.contains("://")
                            || targets.contains(target)) {
                        continue;
                    }
                    error(unit.file(), unit.line() + lineOffset(unit.text(), xref.start()), "交叉引用的目标“" + target
                            + "”不存在：文中没有这个锚点（[[" + target + "]]），也没有这个标题的章条；发布后会显示为“[" + target + "]”");
                }
            }
        }

        private void duplicateAnchors() {
            Map<String, StandardSource.Anchor> first = new LinkedHashMap<>();
            for (StandardSource.Anchor anchor : source.anchors) {
                StandardSource.Anchor earlier = first.putIfAbsent(anchor.id(), anchor);
                if (earlier != null) {
                    error(anchor.file(), anchor.line(), "锚点“" + anchor.id() + "”重复：" + earlier.file() + " 第 "
                            + earlier.line() + " 行已使用；交叉引用只会指向其中一个");
                }
            }
        }

        // ------------------------------------------------------------ dates

        private void dates() {
            LocalDate issued = date("std-issued");
            LocalDate effective = date("std-effective");
            if (issued != null && effective != null && effective.isBefore(issued)) {
                Attribute at = attribute("std-effective");
                error(at.file(), at.line(), "实施日期 " + effective + " 早于发布日期 " + issued);
            }
        }

        private LocalDate date(String name) {
            Attribute value = attribute(name);
            if (value == null || value.value().isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.value().strip());
            } catch (DateTimeParseException e) {
                error(value.file(), value.line(), "日期“" + value.value() + "”格式不对，应为 YYYY-MM-DD，例如 2024-03-15");
                return null;
            }
        }

        // ------------------------------------------------------------ helpers

        private Optional<Section> chapter(String title) {
            return chapters.stream().filter(c -> c.title.equals(title)).findFirst();
        }

        private Attribute attribute(String name) {
            StandardSource.Attribute a = source.header.get(name);
            return a == null ? null : new Attribute(a.value(), a.file(), a.line());
        }

        private static List<Unit> allUnits(Section section) {
            List<Unit> all = new ArrayList<>(section.units);
            for (Section child : section.children) {
                all.addAll(allUnits(child));
            }
            all.sort(Comparator.comparing(Unit::file).thenComparingInt(Unit::line));
            return all;
        }

        private void error(String file, Integer line, String message) {
            problems.add(new RenderProblem(file, line, Severity.ERROR, message));
        }

        private void warning(String file, Integer line, String message) {
            problems.add(new RenderProblem(file, line, Severity.WARNING, message));
        }
    }

    private record Attribute(String value, String file, int line) {
    }

    /** An entry of 规范性引用文件: the number as listed, its year (null when undated), and where. */
    private record Listed(String number, String year, Unit unit) {
        String shown() {
            return number + (year == null ? "" : "—" + year);
        }
    }

    /** Whether a cited code is a document's (not ICS 01.140.20, UTF-8 …). */
    private static boolean isDocument(String number) {
        Matcher parts = CODE_AND_NUMBER.matcher(number);
        return parts.matches() && !NOT_DOCUMENTS.contains(parts.group(1).strip());
    }

    /** The identity of a document without its year: code and number, one space between. */
    private static String key(String number) {
        Matcher parts = CODE_AND_NUMBER.matcher(number);
        return parts.matches() ? parts.group(1).strip() + " " + parts.group(2) : number;
    }

    /** Text without footnotes (informative) and with AsciiDoc's hard line breaks undone. */
    private static String plain(String text) {
        return FOOTNOTE.matcher(text).replaceAll("");
    }

    /** Whether two sentences say the same, spaces (ASCII, ideographic, no-break) and line breaks aside. */
    private static boolean same(String text, String expected) {
        return normalized(text).replaceAll("[\\s\\u3000\\u00a0]", "").equals(expected.replaceAll("[\\s\\u3000\\u00a0]", ""));
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", "");
    }

    /** The line within a multi-line unit where {@code index} falls (0 for the first). */
    private static int lineOffset(String text, int index) {
        int lines = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Asciidoctor's id of a section without an explicit one: '_' then the title, lower case, runs of other characters as '_'. */
    static String autoId(String title) {
        String id = "_" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("<[^>]+>", "")
                .replaceAll("&[a-z0-9#]+;", "").replaceAll("[^\\p{L}\\p{N}_\\-.]+", "_");
        return id.replaceAll("_+", "_").replaceAll("_$", "");
    }
}
