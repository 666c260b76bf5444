package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * What a .docx made by another tool than Word looks like — LibreOffice converting a standard's published HTML, as in
 * {@link LibreOfficeRoundTripTest} — imports as the standard it was: the name set as a heading on the cover, a table of
 * contents made of links, the name repeated above the first clause, notes kept in a two-cell table, code in
 * preformatted lines.
 */
class WordImportOtherToolsTest {

    @Test
    void theNameSetAsAHeadingOnTheCoverAndAContentsOfLinksAreNoClauses() {
        WordDocuments d = new WordDocuments();
        d.paragraph("ICS 01.140.20");
        d.paragraph("WH/T 290—2026");
        d.heading(1, "图书馆无障碍服务规范");
        d.paragraph("Specification for accessible library services");
        d.paragraph("2026-03-01 发布");
        d.paragraph("2026-09-01 实施");
        d.paragraph("目次");
        link(d, "前言");
        link(d, "1　范围");
        link(d, "3.1　无障碍服务");
        link(d, "附录 A（规范性）　服务内容");
        d.heading(2, "前言");
        d.paragraph("本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。");
        d.paragraph("图书馆无障碍服务规范"); // GB/T 1.1 sets the name again above the first clause
        d.heading(2, "1　范围");
        d.paragraph("本文件规定了图书馆无障碍服务的要求。");

        ImportedDraft draft = WordImportTest.convert(d);

        assertThat(draft.standard()).startsWith("= 图书馆无障碍服务规范\n:std-number: WH/T 290—2026\n")
                .contains(":std-title-en: Specification for accessible library services", ":std-issued: 2026-03-01",
                        ":std-effective: 2026-09-01");
        String body = WordImportTest.body(draft);
        assertThat(body).isEqualTo("""

                [preface]
                == 前言

                本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。

                == 范围

                本文件规定了图书馆无障碍服务的要求。
                """);
        // The contents are reported once; the name, the dates and the English title are no "cover text" left out.
        assertThat(draft.report()).extracting(ImportItem::kind).containsOnlyOnce(ImportItem.Kind.TABLE_OF_CONTENTS)
                .doesNotContain(ImportItem.Kind.COVER_TEXT);
    }

    @Test
    void aNoteInATwoCellTableIsANoteAndPreformattedLinesAreOneListing() {
        WordDocuments d = new WordDocuments();
        d.heading(1, "1　交换格式");
        d.paragraph("元数据宜采用 XML 格式交换。");
        XWPFTable note = d.table(new String[] {"注：", "数字对象包括影像文件和全文文本文件。"});
        assertThat(note.getRows()).hasSize(1);
        pre(d, "<record>");
        pre(d, "  <title>南漢書十八卷</title>");
        pre(d, "</record>");
        d.paragraph("记录以 UTF-8 编码。");

        ImportedDraft draft = WordImportTest.convert(d);

        assertThat(WordImportTest.body(draft)).endsWith("""
                == 交换格式

                元数据宜采用 XML 格式交换。

                NOTE: 数字对象包括影像文件和全文文本文件。

                ----
                <record>
                  <title>南漢書十八卷</title>
                </record>
                ----

                记录以 UTF-8 编码。
                """);
        assertThat(draft.report()).noneMatch(i -> i.kind() == ImportItem.Kind.TABLE_WITHOUT_CAPTION);
    }

    /** A contents entry as LibreOffice writes it: a paragraph whose text is a link to a bookmark. */
    private static void link(WordDocuments d, String text) {
        XWPFParagraph p = d.doc.createParagraph();
        var link = p.getCTP().addNewHyperlink();
        link.setAnchor("_" + text);
        link.addNewR().addNewT().setStringValue(text);
    }

    /** A line in LibreOffice's "Preformatted Text" style (an HTML page's pre). */
    private static void pre(WordDocuments d, String line) {
        XWPFParagraph p = d.paragraph(line);
        p.getRuns().get(0).setText(line, 0);
        p.setStyle("PreformattedText");
    }
}
