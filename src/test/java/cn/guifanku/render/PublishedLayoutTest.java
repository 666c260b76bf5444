package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.guifanku.render.PdfGlyphs.DrawnChar;
import cn.guifanku.render.PdfLines.Line;
import cn.guifanku.render.PdfRules.Segment;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout of every published sample under standards/, read back from its PDF (and HTML) after GB/T 1.1—2020: fonts
 * per glyph, the cover's placement, line breaking (禁则) on every page, page numbering and labels, running headers and
 * the element forms (body title, term entries, annexes, tables, notes, lists, end line). Each sample is rendered once.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedLayoutTest {

    /** A4, with GB/T 1.1's margins: 25 mm at the top and the binding side, 20 mm elsewhere. */
    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float LEFT = mm(25);
    static final float RIGHT = PAGE_WIDTH - mm(20);
    static final float CENTRE = (LEFT + RIGHT) / 2;
    static final float TOP = mm(25);
    static final float BOTTOM = PAGE_HEIGHT - mm(20);
    /** Two characters of 10.5 pt body text: where a paragraph's first line and a note start. */
    static final float INDENT = 21;

    /** No line starts with these (GB line breaking). */
    static final String CLOSING = "，。、；：？！）》」』】〕〉”’％．";
    /** No line ends with these. */
    static final String OPENING = "（《「『【〔〈“‘";

    private static final Pattern TERM_NUMBER = Pattern.compile("3\\.\\d+");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private final Map<String, Layout> layouts = new LinkedHashMap<>();

    /** A rendered sample with its characters, lines, strokes and page labels, read once. */
    record Layout(RenderedStandard rendered, List<DrawnChar> chars, List<Line> lines, List<Segment> rules, String[] labels,
            Document html) {

        List<Line> page(int page) {
            return lines.stream().filter(l -> l.page() == page).toList();
        }

        int pages() {
            return labels.length;
        }

        /** The body's lines of a page: without the running header and the folio. */
        List<Line> body(int page) {
            return page(page).stream().filter(l -> l.y() > TOP && l.y() < BOTTOM).toList();
        }

        Line line(int page, String compact) {
            return page(page).stream().filter(l -> l.compact().equals(compact)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line “" + compact + "” on page " + page + ": " + page(page)));
        }

        /** The first page (1-based) with a line that reads {@code compact}. */
        int pageOf(String compact) {
            return lines.stream().filter(l -> l.compact().equals(compact)).mapToInt(Line::page).findFirst()
                    .orElseThrow(() -> new AssertionError("no line “" + compact + "”"));
        }
    }

    static Stream<String> samples() {
        try (Stream<Path> mains = Files.walk(Path.of("standards"))) {
            return mains.filter(p -> p.getFileName().toString().equals(SourceFiles.MAIN))
                    .map(p -> Path.of("standards").relativize(p.getParent()).toString().replace('\\', '/')).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void render(RenderedFixtures fixtures) throws IOException {
        for (String sample : samples().toList()) {
            RenderedStandard rendered = fixtures.sample(sample);
            List<DrawnChar> chars = PdfGlyphs.of(rendered.pdf());
            String[] labels;
            try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
                PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
                labels = pageLabels == null ? new String[document.getNumberOfPages()] : pageLabels.getLabelsByPageIndices();
            }
            layouts.put(sample, new Layout(rendered, chars, PdfLines.of(chars), PdfRules.of(rendered.pdf()), labels,
                    Jsoup.parse(new String(rendered.html(), StandardCharsets.UTF_8))));
        }
    }

    @Test
    void thereAreSamples() {
        assertThat(layouts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(layouts.values()).allSatisfy(l -> assertThat(l.rendered().warnings()).isEmpty());
    }

    // ------------------------------------------------------------------------------------------------ 1 typefaces

    @ParameterizedTest
    @MethodSource("samples")
    void everyGlyphIsARealGlyphOfAnEmbeddedFontAndChineseIsInOurs(String sample) {
        List<DrawnChar> drawn = layouts.get(sample).chars().stream().filter(c -> !c.text().replace('\u00a0', ' ').isBlank())
                .toList();
        assertThat(drawn).hasSizeGreaterThan(3000).allSatisfy(c -> {
            assertThat(c.embedded()).as("%s on page %d embedded", c.text(), c.page()).isTrue();
            assertThat(c.realGlyph()).as("glyph of %s in %s on page %d", c.text(), c.fontName(), c.page()).isTrue();
            if (PdfGlyphs.isCjk(c.text())) {
                assertThat(PdfGlyphs.isOurCjkFont(c.fontName())).as("font of %s: %s", c.text(), c.fontName()).isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void headingsAreInHeiAndTheBodyInSong(String sample) {
        Layout layout = layouts.get(sample);
        int scope = layout.pageOf("1范围");
        assertThat(layout.line(scope, "1范围").chars()).filteredOn(c -> PdfGlyphs.isCjk(c.text()))
                .allSatisfy(c -> assertThat(c.fontName()).endsWith("WenQuanYiMicroHei"));
        Line firstSentence = layout.body(scope).stream().filter(l -> l.compact().startsWith("本文件")).findFirst().orElseThrow();
        assertThat(firstSentence.chars()).filteredOn(c -> PdfGlyphs.isCjk(c.text()) && !c.text().isBlank())
                .allSatisfy(c -> assertThat(c.fontName()).endsWith("BousungEG-Light-GB"));
    }

    // ------------------------------------------------------------------------------------------------ 3 the cover

    @ParameterizedTest
    @MethodSource("samples")
    void coverPlacesCodesNumberTitleDatesAndIssuerAsGbt11(String sample) {
        Layout layout = layouts.get(sample);
        StandardMetadata meta = layout.rendered().metadata();
        Line ics = layout.line(1, "ICS" + meta.ics());
        Line ccs = layout.line(1, "CCS" + meta.ccs());
        assertThat(ics.left()).as("ICS at the left margin").isCloseTo(LEFT, offset(1.5f));
        assertThat(ccs.left()).isCloseTo(LEFT, offset(1.5f));
        assertThat(ics.y()).as("ICS at the top").isLessThan(PAGE_HEIGHT * 0.15f).isLessThan(ccs.y());

        Line number = layout.line(1, meta.number().replace(" ", ""));
        assertThat(number.right()).as("number at the right margin").isCloseTo(RIGHT, offset(1.5f));
        assertThat(number.y()).as("number at the top").isLessThan(PAGE_HEIGHT * 0.25f).isGreaterThan(ccs.y());
        Line type = layout.line(1, meta.documentType());
        assertThat(type.y()).isBetween(ccs.y(), number.y());
        assertThat(type.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(layout.rules()).as("rule under the number").anyMatch(r -> r.page() == 1 && r.horizontal()
                && r.y1() > number.y() && r.y1() < number.y() + 50 && r.length() > RIGHT - LEFT - 2);

        Line title = layout.line(1, meta.titleZh());
        assertThat(title.centre()).as("title centred").isCloseTo(CENTRE, offset(2f));
        assertThat(title.y()).as("title in the middle third").isBetween(PAGE_HEIGHT / 3, PAGE_HEIGHT * 2 / 3);
        Line english = layout.line(1, meta.titleEn().replace(" ", ""));
        assertThat(english.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(english.y()).isGreaterThan(title.y()).isLessThan(PAGE_HEIGHT * 2 / 3);

        Line issued = layout.line(1, meta.issued() + "发布");
        Line effective = layout.line(1, meta.effective() + "实施");
        assertThat(issued.left()).as("发布 date bottom left").isCloseTo(LEFT, offset(1.5f));
        assertThat(effective.right()).as("实施 date bottom right").isCloseTo(RIGHT, offset(1.5f));
        assertThat(issued.y()).isEqualTo(effective.y(), offset(0.5f)).isGreaterThan(PAGE_HEIGHT * 0.8f);

        Line issuer = layout.line(1, meta.issuer() + "发布");
        assertThat(issuer.centre()).as("issuer centred at the foot").isCloseTo(CENTRE, offset(2f));
        assertThat(issuer.y()).isGreaterThan(issued.y()).isLessThan(BOTTOM);
        assertThat(layout.page(1)).as("the issuer is the last line of the cover")
                .allSatisfy(l -> assertThat(l.y()).isLessThanOrEqualTo(issuer.y()));
        assertThat(layout.rules()).as("rule above the issuer").anyMatch(r -> r.page() == 1 && r.horizontal()
                && r.y1() > issued.y() && r.y1() < issuer.y() && r.length() > RIGHT - LEFT - 2);
        assertThat(layout.page(1).stream().map(Line::compact)).as("a published cover shows no stage")
                .noneMatch(t -> t.contains("稿") || t.contains("XXXX"));
    }

    // ------------------------------------------------------------------------------------------------ 2 line breaking

    @ParameterizedTest
    @MethodSource("samples")
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation(String sample) {
        Layout layout = layouts.get(sample);
        List<String> broken = new ArrayList<>();
        for (Line line : layout.lines()) {
            if (CLOSING.contains(line.first().text())) {
                broken.add("page " + line.page() + " starts with " + line.first().text() + ": " + line.text());
            }
            if (OPENING.contains(line.last().text())) {
                broken.add("page " + line.page() + " ends with " + line.last().text() + ": " + line.text());
            }
        }
        assertThat(layout.lines()).hasSizeGreaterThan(250);
        assertThat(broken).isEmpty();
        // the rule is exercised: many lines of each sample wrap inside Chinese text full of punctuation
        assertThat(layout.lines().stream().filter(l -> l.right() > RIGHT - 12 && l.compact().matches(".*[，、].*")))
                .hasSizeGreaterThan(20);
    }

    // ------------------------------------------------------------------------------------------------ 4 numbering

    @ParameterizedTest
    @MethodSource("samples")
    void frontMatterIsPagedInRomanAndTheBodyInArabicFromScope(String sample) {
        Layout layout = layouts.get(sample);
        String[] labels = layout.labels();
        int scope = layout.pageOf("1范围");
        int foreword = layout.pageOf("前言");
        assertThat(labels[0]).isEqualTo("封面");
        List<String> front = Arrays.asList(labels).subList(1, scope - 1);
        assertThat(front).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < front.size(); i++) {
            assertThat(front.get(i)).isEqualTo(roman(i + 1));
        }
        for (int page = scope; page <= labels.length; page++) {
            assertThat(labels[page - 1]).isEqualTo(String.valueOf(page - scope + 1));
        }
        assertThat(foreword).isLessThan(scope);
        // the printed folio at the foot of every page after the cover is the page's label
        assertThat(layout.page(1)).noneMatch(l -> l.y() > BOTTOM);
        for (int page = 2; page <= layout.pages(); page++) {
            List<Line> foot = layout.page(page).stream().filter(l -> l.y() > BOTTOM).toList();
            assertThat(foot).as("folio of page %d", page).singleElement()
                    .satisfies(l -> assertThat(l.compact()).isEqualTo(labels[l.page() - 1]));
        }
        assertThat(layout.page(2).stream().map(Line::compact)).contains("目次");
        // the 目次 refers to pages by their labels
        List<Line> toc = layout.page(2);
        assertThat(toc).anyMatch(l -> l.compact().startsWith("前言") && l.compact().endsWith(labels[foreword - 1]));
        assertThat(toc).anyMatch(l -> l.compact().startsWith("1范围") && l.compact().endsWith("." + labels[scope - 1]));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPageAfterTheCoverCarriesTheNumberInItsHeader(String sample) {
        Layout layout = layouts.get(sample);
        String number = layout.rendered().metadata().number().replace(" ", "");
        assertThat(layout.page(1)).noneMatch(l -> l.y() < TOP && l.compact().equals(number));
        int scope = layout.pageOf("1范围");
        for (int page = 2; page <= layout.pages(); page++) {
            List<Line> header = layout.page(page).stream().filter(l -> l.y() < TOP).toList();
            int folio = page < scope ? page - 1 : page - scope + 1;
            assertThat(header).as("header of page %d", page).singleElement().satisfies(l -> {
                assertThat(l.compact()).isEqualTo(number);
                // odd folios (I, III, 1, 3 …) on the right, even ones on the left, as the folios themselves
                if (folio % 2 == 1) {
                    assertThat(l.right()).isCloseTo(RIGHT, offset(1.5f));
                } else {
                    assertThat(l.left()).isCloseTo(LEFT, offset(1.5f));
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------------ 5 element forms

    @ParameterizedTest
    @MethodSource("samples")
    void firstPageOfTheBodyRepeatsTheTitleAboveScope(String sample) {
        Layout layout = layouts.get(sample);
        int scope = layout.pageOf("1范围");
        List<Line> body = layout.body(scope);
        assertThat(body.get(0).compact()).isEqualTo(layout.rendered().metadata().titleZh());
        assertThat(body.get(0).centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(body.get(1).compact()).isEqualTo("1范围");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void termEntriesShowTheNumberThenTheTermInBoldWithItsEnglishEquivalent(String sample) {
        Layout layout = layouts.get(sample);
        List<Line> lines = layout.lines();
        int entries = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            Line number = lines.get(i);
            if (!TERM_NUMBER.matcher(number.compact()).matches() || number.y() < TOP || number.page() < layout.pageOf("1范围")) {
                continue;
            }
            entries++;
            assertThat(number.left()).isCloseTo(LEFT, offset(1.5f));
            Line term = lines.get(i + 1);
            assertThat(term.left()).isCloseTo(LEFT, offset(1.5f));
            assertThat(term.chars()).filteredOn(c -> PdfGlyphs.isCjk(c.text()) && !c.text().isBlank())
                    .isNotEmpty().allSatisfy(c -> assertThat(c.fontName()).endsWith("WenQuanYiMicroHei"));
            assertThat(term.chars()).filteredOn(c -> c.text().matches("[A-Za-z]"))
                    .as("English equivalent of %s", term.text()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.fontName()).contains("Bold"));
        }
        assertThat(entries).isGreaterThanOrEqualTo(5);
        assertThat(layout.page(2).stream().map(Line::compact)).as("term entries stay out of the 目次")
                .noneMatch(t -> t.matches("3\\.\\d+.*"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void annexesStartAPageWithThreeCentredLines(String sample) {
        Layout layout = layouts.get(sample);
        int annexes = 0;
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String heading = "附录" + letter;
            if (layout.lines().stream().noneMatch(l -> l.compact().equals(heading) && l.y() > TOP)) {
                break;
            }
            annexes++;
            int page = layout.lines().stream().filter(l -> l.compact().equals(heading) && l.y() > TOP).findFirst()
                    .orElseThrow().page();
            List<Line> body = layout.body(page);
            assertThat(body.get(0).text()).as("first line").isEqualTo("附\u3000录\u3000" + letter);
            assertThat(body.get(1).compact()).isIn("（规范性）", "（资料性）");
            for (Line line : body.subList(0, 3)) {
                assertThat(line.centre()).as("%s centred", line.text()).isCloseTo(CENTRE, offset(2f));
                assertThat(line.chars()).filteredOn(c -> PdfGlyphs.isCjk(c.text()) && !c.text().isBlank())
                        .allSatisfy(c -> assertThat(c.fontName()).endsWith("WenQuanYiMicroHei"));
            }
            assertThat(layout.page(2).stream().map(Line::compact).toList() + "" + layout.page(3).stream().map(Line::compact).toList())
                    .contains("附录" + letter + body.get(1).compact());
        }
        assertThat(annexes).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void tableTitlesAreCentredAboveTheirTables(String sample) {
        Layout layout = layouts.get(sample);
        List<Line> captions = layout.lines().stream().filter(l -> l.compact().matches("表[A-Z]?\\.?\\d+\\S+") && l.y() > TOP
                && l.chars().get(0).fontName().endsWith("WenQuanYiMicroHei")).toList();
        assertThat(captions).hasSizeGreaterThanOrEqualTo(2).allSatisfy(caption -> {
            assertThat(caption.centre()).as(caption.text()).isCloseTo(CENTRE, offset(2f));
            // the table's top border follows right under its title
            assertThat(layout.rules()).as("table under %s", caption.text()).anyMatch(r -> r.page() == caption.page()
                    && r.horizontal() && r.y1() > caption.y() && r.y1() < caption.y() + 12);
        });
        assertThat(captions.stream().map(l -> l.text().substring(0, l.text().indexOf('\u3000'))))
                .as("numbered 表 1 in the body and 表 A.1 in annex A").contains("表 1", "表 A.1");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void notesAndListsTakeTheirGbt11Forms(String sample) {
        Layout layout = layouts.get(sample);
        List<Line> notes = layout.lines().stream().filter(l -> l.compact().matches("注\\d*：.+")).toList();
        assertThat(notes).as("注： stands on the baseline of its text, two characters in").isNotEmpty()
                .allSatisfy(l -> assertThat(l.chars().get(0).x()).isCloseTo(LEFT + INDENT, offset(1.5f)));
        int scope = layout.pageOf("1范围");
        Line firstSentence = layout.body(scope).stream().filter(l -> l.compact().startsWith("本文件")).findFirst().orElseThrow();
        assertThat(firstSentence.left()).as("a paragraph's first line starts two characters in").isCloseTo(LEFT + INDENT, offset(1f));
        assertThat(layout.lines()).as("a) b) list items").anyMatch(l -> l.compact().startsWith("a)"))
                .anyMatch(l -> l.compact().startsWith("b)")).noneMatch(l -> l.compact().matches("[a-z]\\..*"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void endLineClosesTheLastPage(String sample) {
        Layout layout = layouts.get(sample);
        int last = layout.pages();
        float lastText = (float) layout.body(last).stream().mapToDouble(Line::y).max().orElseThrow();
        assertThat(layout.rules()).as("a short centred rule under the last element").anyMatch(r -> r.page() == last
                && r.horizontal() && r.y1() > lastText && Math.abs((r.left() + r.right()) / 2 - CENTRE) < 1
                && r.length() > 60 && r.length() < (RIGHT - LEFT) / 2);
    }

    // ------------------------------------------------------------------------------------------------ 7 HTML

    @ParameterizedTest
    @MethodSource("samples")
    void htmlFollowsTheSameForms(String sample) {
        Layout layout = layouts.get(sample);
        Document html = layout.html();
        assertThat(html.select("h2").eachText()).contains("前言", "1\u3000范围", "2\u3000规范性引用文件", "3\u3000术语和定义", "参考文献");
        assertThat(html.select("h2 .annex-number").eachText()).startsWith("附录 A", "附录 B");
        assertThat(html.select("h2 .annex-status").eachText()).allMatch(s -> s.equals("（规范性）") || s.equals("（资料性）"));
        Element terms = html.selectFirst("div.sect1.gbt-terms");
        assertThat(terms).isNotNull();
        assertThat(terms.select("h3").eachText()).hasSizeGreaterThanOrEqualTo(5).allMatch(t -> TERM_NUMBER.matcher(t).matches());
        assertThat(terms.select(".paragraph.gbt-term p")).hasSameSizeAs(terms.select("h3"))
                .allSatisfy(p -> assertThat(p.select("strong")).hasSize(2));
        assertThat(html.select("#toc a").eachText()).noneMatch(t -> t.matches("3\\.\\d+.*"));
        assertThat(html.select(".gbt-body-title").text()).isEqualTo(layout.rendered().metadata().titleZh());
        assertThat(html.select("caption").eachText()).anyMatch(t -> t.startsWith("表 1\u3000")).anyMatch(t -> t.startsWith("表 A.1\u3000"));
        assertThat(html.select(".admonitionblock.note .title").eachText()).isNotEmpty().allMatch(t -> t.matches("注\\d*："));
        assertThat(html.select("main > hr.gbt-end-line")).hasSize(1);
    }

    private static String roman(int n) {
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        assertThat(ROMAN.matcher(numerals[n]).matches()).isTrue();
        return numerals[n];
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }
}
