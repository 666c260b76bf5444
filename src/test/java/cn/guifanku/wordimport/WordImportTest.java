package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.wordimport.ImportItem.Kind;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A Word document becomes our template's AsciiDoc: what each construct of a standard in Word is written as. */
class WordImportTest {

    static final WordImport IMPORT = new WordImport(WordImportLimits.DEFAULTS,
            Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    static ImportedDraft convert(WordDocuments d) {
        return IMPORT.convert(d.bytes());
    }

    static String body(ImportedDraft draft) {
        return draft.standard().substring(draft.standard().indexOf(":toclevels: 2\n") + ":toclevels: 2\n".length());
    }

    @Test
    void fillsTheHeaderFromTheCoverAndThePreface() {
        String standard = convert(SampleStandard.build()).standard();

        assertThat(standard).startsWith("""
                = 图书馆无障碍服务规范
                :std-number: WH/T 290—2026
                :std-type: 中华人民共和国文化行业标准
                :std-title-en: Specification for accessible library services
                :std-ics: 01.140.20
                :std-ccs: A14
                :std-issued: 2026-03-01
                :std-effective: 2026-09-01
                :std-issuer: 中华人民共和国文化和旅游部
                :std-proposer: 中华人民共和国文化和旅游部
                :std-committee: 全国图书馆标准化技术委员会（SAC/TC 389）
                :std-drafters: 国家图书馆、上海图书馆
                :doctype: book
                :sectnums:
                :sectnumlevels: 5
                :toc:
                :toclevels: 2

                [preface]
                == 前言

                本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。
                """);
    }

    @Test
    void takesTheTitleFromTheCorePropertiesAndNamesWhatTheTemplateFilledIn() {
        WordDocuments d = new WordDocuments();
        d.doc.getProperties().getCoreProperties().setTitle("古籍修复规范");
        d.heading(1, "1 范围");
        d.paragraph("本文件规定了古籍修复的要求。");

        ImportedDraft draft = convert(d);

        assertThat(draft.standard()).startsWith("= 古籍修复规范\n:std-number: WH/T 0—2026\n");
        assertThat(draft.report()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.MISSING_METADATA);
            assertThat(item.paragraph()).isZero();
            assertThat(item.message()).contains("标准编号", "ICS", "起草单位").doesNotContain("标准名称");
        });
    }

    @Test
    void recognisesHandTypedClauseNumbersAndLeavesNumberingToTheRenderer() {
        WordDocuments d = new WordDocuments();
        d.paragraph("1　范围");
        d.paragraph("本文件规定了开放服务的要求。");
        d.paragraph("5 服务要求");
        d.paragraph("5.2 服务时间");
        d.heading(1, "5.2.1 开放时间");
        d.paragraph("5.2.1.1开放时间的公示");
        d.paragraph("5 个工作日内应答复读者。");

        assertThat(body(convert(d))).isEqualTo("""

                == 范围

                本文件规定了开放服务的要求。

                == 服务要求

                === 服务时间

                ==== 开放时间

                ===== 开放时间的公示

                5 个工作日内应答复读者。
                """);
    }

    @Test
    void readsHeadingStylesOutlineLevelsAndTheStandardTemplatesStyles() {
        WordDocuments d = new WordDocuments();
        d.styled("章标题", "总体要求");
        d.styled("一级条标题", "服务原则");
        d.styled("二级条标题", "平等原则");
        d.heading(2, "服务设施");
        XWPFParagraph outlined = d.paragraph("服务方式");
        outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        d.styled("三级条标题", "盲文读物");

        assertThat(body(convert(d))).contains("== 总体要求\n\n=== 服务原则\n\n==== 平等原则\n\n=== 服务设施\n\n=== 服务方式\n\n===== 盲文读物\n");
    }

    @Test
    void aHeadingDeeperThanFiveLevelsIsKeptAtTheFifthAndReported() {
        WordDocuments d = new WordDocuments();
        d.heading(1, "5.1.1.1.1.1 第六级");

        ImportedDraft draft = convert(d);

        assertThat(body(draft)).contains("====== 第六级");
        assertThat(draft.report()).extracting(ImportItem::kind).contains(Kind.HEADING_TOO_DEEP);
    }

    @Test
    void writesTermEntriesWithTheTermItsEnglishTheDefinitionNotesAndSource() {
        WordDocuments d = new WordDocuments();
        d.heading(1, "3 术语和定义");
        d.paragraph("下列术语和定义适用于本文件。");
        d.paragraph("3.1");
        d.formatted("**图书馆员**", "　librarian");
        d.paragraph("在图书馆从事专业工作的人员");
        d.paragraph("注1：包括专业技术人员。");
        d.paragraph("注2：不包括志愿者。");
        d.heading(2, "3.2 阅读推广 reading promotion");
        d.paragraph("培养读者阅读兴趣的活动");
        d.paragraph("[来源：WH/T 201—2024，3.7]");
        d.heading(1, "4 总体要求");

        assertThat(body(convert(d))).isEqualTo("""

                == 术语和定义

                下列术语和定义适用于本文件。

                === 图书馆员
                **图书馆员** librarian

                在图书馆从事专业工作的人员

                NOTE: 包括专业技术人员。

                NOTE: 不包括志愿者。

                === 阅读推广
                **阅读推广** reading promotion

                培养读者阅读兴趣的活动

                〔来源：WH/T 201—2024，3.7〕

                == 总体要求
                """);
    }

    @Test
    void writesAnnexesWithTheirStatusWhetherInTheIdentifyingParagraphOrAfterIt() {
        String body = body(convert(SampleStandard.build()));

        assertThat(body).contains("[appendix]\n== 服务内容\n\n[.annex-status]\n（规范性）\n\n图书馆应提供以下服务：");
        assertThat(body).contains("[appendix]\n== 服务案例\n\n[.annex-status]\n（资料性）\n\n某图书馆设立了视障阅览室。");
    }

    @Test
    void annexClausesAreNumberedByTheRendererToo() {
        WordDocuments d = new WordDocuments();
        d.paragraph("附录A");
        d.paragraph("（规范性附录）");
        d.paragraph("评价指标");
        d.paragraph("A.1　指标");
        d.paragraph("A.1.1 到馆人次");

        assertThat(body(convert(d))).isEqualTo("""

                [appendix]
                == 评价指标

                [.annex-status]
                （规范性）

                === 指标

                ==== 到馆人次
                """);
    }

    @Test
    void writesListsFromWordNumberingAndFromHandTypedMarkers() {
        WordDocuments d = new WordDocuments();
        d.paragraph("图书馆应：");
        d.lettered(0, "开放；");
        d.lettered(1, "每周；");
        d.lettered(1, "节假日；");
        d.lettered(0, "公示。");
        d.paragraph("读者须知包括：");
        d.bulleted("开放时间；");
        d.paragraph("——服务区域。");
        d.paragraph("服务应：");
        d.paragraph("a) 便利；");
        d.paragraph("1) 就近；");
        d.paragraph("b）平等。");

        assertThat(body(convert(d))).isEqualTo("""

                图书馆应：

                [loweralpha]
                . 开放；
                [arabic]
                .. 每周；
                .. 节假日；
                . 公示。

                读者须知包括：

                * 开放时间；
                * 服务区域。

                服务应：

                [loweralpha]
                . 便利；
                [arabic]
                .. 就近；
                . 平等。
                """);
    }

    @Test
    void writesTablesWithTheirCaptionAHeaderRowAndMergedCells() {
        WordDocuments d = new WordDocuments();
        d.paragraph("表 A.1　评价指标");
        XWPFTable table = d.table(new String[] {"指标", "要求", "说明"}, new String[] {"到馆人次", "≥ 100", "每日"},
                new String[] {"", "a|b", ""});
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        d.table(new String[] {"无题"}, new String[] {"表"});

        ImportedDraft draft = convert(d);

        assertThat(body(draft)).startsWith("""

                .评价指标
                [cols="1,1,1",options="header"]
                |===
                |指标
                |要求
                |说明

                .2+|到馆人次
                |≥ 100
                |每日

                |a\\|b
                |
                |===
                """);
        assertThat(draft.report()).filteredOn(i -> i.kind() != Kind.MISSING_METADATA)
                .extracting(ImportItem::kind, ImportItem::quote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TABLE_WITHOUT_CAPTION, "无题"));
    }

    @Test
    void extractsFiguresIntoTheFolderWithTheirCaptions() {
        WordDocuments d = new WordDocuments();
        d.picture("png", 120, 80);
        d.paragraph("图 1　服务流程");
        d.picture("jpg", 60, 40);

        ImportedDraft draft = convert(d);

        assertThat(body(draft)).isEqualTo("""

                .服务流程
                image::figure-1.png[服务流程,width=160]

                image::figure-2.jpg[图,width=80]
                """);
        assertThat(draft.figures()).containsOnlyKeys("figure-1.png", "figure-2.jpg");
        assertThat(draft.figures().get("figure-1.png")).startsWith(0x89, 'P', 'N', 'G');
        assertThat(draft.report()).filteredOn(i -> i.kind() != Kind.MISSING_METADATA)
                .extracting(ImportItem::kind, ImportItem::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.FIGURE_WITHOUT_CAPTION, 3));
    }

    @Test
    void aFigureOverThePixelLimitIsReportedNotKept() {
        WordDocuments d = new WordDocuments();
        d.picture("png", 400, 300);
        d.paragraph("图 1　大图");
        WordImport strict = new WordImport(new WordImportLimits(20L << 20, 1000, 200L << 20, 100, 1 << 20, 20_000, 1000,
                64, 5L << 20, 20L << 20, 100 * 100, 10L << 20), Clock.systemUTC());

        ImportedDraft draft = strict.convert(d.bytes());

        assertThat(draft.figures()).isEmpty();
        assertThat(draft.report()).extracting(ImportItem::kind).contains(Kind.IMAGE_TOO_LARGE);
    }

    @Test
    void keepsBoldItalicAndFootnotes() {
        WordDocuments d = new WordDocuments();
        XWPFParagraph p = d.formatted("读者应出示", "**有效证件**", "，并遵守", "__读者须知__", "。");
        d.footnote(p, "证件包括身份证和读者证。");

        assertThat(body(convert(d))).isEqualTo(
                "\n读者应出示**有效证件**，并遵守__读者须知__。footnote:[证件包括身份证和读者证。]\n");
    }

    @Test
    void writesNotesAsTheSamplesWriteThem() {
        WordDocuments d = new WordDocuments();
        d.paragraph("注：仅开放自助设施的时间不计入。");
        d.paragraph("注 1: 第一条。");

        assertThat(body(convert(d))).isEqualTo("\nNOTE: 仅开放自助设施的时间不计入。\n\nNOTE: 第一条。\n");
    }

    @Test
    void writesTheBibliographyAsNumberedReferences() {
        WordDocuments d = new WordDocuments();
        d.styled("章标题", "参 考 文 献");
        d.paragraph("［1］　GB/T 4894—2009　信息与文献　术语");
        d.paragraph("[2] 中华人民共和国公共图书馆法");

        assertThat(body(convert(d))).isEqualTo("""

                [bibliography]
                == 参考文献

                * [[[ref1,1]]] GB/T 4894—2009　信息与文献　术语
                * [[[ref2,2]]] 中华人民共和国公共图书馆法
                """);
    }

    @Test
    void theTypedEndLineIsLeftToTheRenderer() {
        WordDocuments d = new WordDocuments();
        d.paragraph("——平等；");
        d.paragraph("————————————");
        d.paragraph("________");

        assertThat(body(convert(d))).isEqualTo("\n* 平等；\n");
    }

    @Test
    void textThatWouldBeReadAsAsciiDocMarkupStaysText() {
        WordDocuments d = new WordDocuments();
        d.paragraph("* 不是列表 {std-number} 与 <<引用>>");

        assertThat(body(convert(d))).isEqualTo("\n{empty}* 不是列表 \\{std-number} 与 \\<<引用>>\n");
    }

    @Test
    void reportsWhatCannotBeMappedWithItsParagraphAndAQuote() {
        WordDocuments d = new WordDocuments();
        d.heading(1, "1 范围");
        XWPFParagraph box = d.paragraph("正文");
        WordDocuments.element(box, WordDocuments.W, "r/pict/txbxContent/p/r/t", "文本框里的说明文字");
        XWPFParagraph math = d.paragraph("计算公式：");
        WordDocuments.element(math, "http://schemas.openxmlformats.org/officeDocument/2006/math", "oMath/r/t", "x=a+b");
        XWPFParagraph ole = d.paragraph("嵌入的表格");
        WordDocuments.element(ole, WordDocuments.W, "r/object", null);
        XWPFParagraph chart = d.paragraph("到馆人次趋势");
        chart.getCTP().addNewR().addNewDrawing();
        graphicData(chart, "http://schemas.openxmlformats.org/drawingml/2006/chart");
        XWPFParagraph smartArt = d.paragraph("服务流程");
        graphicData(smartArt, "http://schemas.openxmlformats.org/drawingml/2006/diagram");
        var comments = d.doc.createComments();
        var comment = comments.createComment(BigInteger.ONE);
        comment.setAuthor("王五");
        comment.createParagraph().createRun().setText("这一段要再核对");
        XWPFParagraph commented = d.paragraph("有批注的段落");
        commented.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ONE);

        ImportedDraft draft = convert(d);

        assertThat(draft.report()).filteredOn(i -> i.kind() != Kind.MISSING_METADATA)
                .extracting(ImportItem::paragraph, ImportItem::kind, ImportItem::quote).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Kind.TEXT_BOX, "文本框里的说明文字"),
                        org.assertj.core.groups.Tuple.tuple(3, Kind.EQUATION, "x=a+b"),
                        org.assertj.core.groups.Tuple.tuple(4, Kind.EMBEDDED_OBJECT, "嵌入的表格"),
                        org.assertj.core.groups.Tuple.tuple(5, Kind.CHART, "到馆人次趋势"),
                        org.assertj.core.groups.Tuple.tuple(6, Kind.SMART_ART, "服务流程"),
                        org.assertj.core.groups.Tuple.tuple(7, Kind.COMMENT, "这一段要再核对"));
        assertThat(draft.report()).allSatisfy(i -> assertThat(i.message()).isNotBlank().doesNotContain("王五"));
        assertThat(draft.standard()).contains("正文", "计算公式：").doesNotContain("文本框里的说明文字");
    }

    private static void graphicData(XWPFParagraph p, String uri) {
        try (var c = p.getCTP().newCursor()) {
            c.toEndToken();
            c.beginElement(new javax.xml.namespace.QName(WordDocuments.W, "r"));
            c.beginElement(new javax.xml.namespace.QName(WordDocuments.W, "drawing"));
            c.beginElement(new javax.xml.namespace.QName("http://schemas.openxmlformats.org/drawingml/2006/main", "graphicData"));
            c.insertAttributeWithValue("uri", uri);
        }
    }

    @Test
    void aQuoteIsAtMostFortyCharacters() {
        assertThat(ImportItem.quote("一".repeat(50))).hasSize(40).endsWith("…");
        assertThat(ImportItem.quote(" 短\n文 ")).isEqualTo("短 文");
    }

    @Test
    void mapsEachLineOfTheAsciiDocToTheWordParagraphItCameFrom() {
        ImportedDraft draft = convert(SampleStandard.build());
        List<String> lines = draft.standard().lines().toList();

        int scope = lines.indexOf("== 范围") + 1;
        int tableRow = lines.indexOf("|坡度不大于1:12") + 1;

        assertThat(draft.paragraphAt(scope)).contains(18);
        assertThat(draft.paragraphAt(tableRow)).contains(44);
        assertThat(draft.paragraphAt(1)).isEmpty();
    }

    @Test
    void refusesADocumentWithTrackedChanges() {
        WordDocuments d = new WordDocuments();
        XWPFParagraph p = d.paragraph("开放时间");
        p.getCTP().addNewIns().addNewR().addNewT().setStringValue("每周不少于56小时");

        assertThatThrownBy(() -> convert(d)).isInstanceOf(WordImportRefused.class)
                .hasMessage("文档含有修订，请先接受或拒绝全部修订后再导入")
                .extracting(e -> ((WordImportRefused) e).reason()).isEqualTo(Refusal.TRACKED_CHANGES);
    }

    @Test
    void refusesADocumentWithTrackedDeletionsInATable() {
        WordDocuments d = new WordDocuments();
        XWPFTable t = d.table(new String[] {"a"});
        t.getRow(0).getCell(0).getParagraphs().get(0).getCTP().addNewDel().addNewR().addNewDelText().setStringValue("旧");

        assertThatThrownBy(() -> convert(d)).isInstanceOf(WordImportRefused.class)
                .extracting(e -> ((WordImportRefused) e).reason()).isEqualTo(Refusal.TRACKED_CHANGES);
    }
}
