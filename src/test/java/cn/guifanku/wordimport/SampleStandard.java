package cn.guifanku.wordimport;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A standard as a library would have it in Word: cover, 前言, the required clauses, terms, a table, a figure, annexes. */
public final class SampleStandard {

    private SampleStandard() {
    }

    /** The sample as a .docx, its core properties naming an author (as Word writes them). */
    public static byte[] docx() {
        WordDocuments d = build();
        d.doc.getProperties().getCoreProperties().setCreator("张三");
        return d.bytes();
    }

    /** The sample with a tracked insertion, as Word saves it while 修订 is on. */
    public static byte[] withTrackedChanges() {
        WordDocuments d = build();
        d.paragraph("开放时间").getCTP().addNewIns().addNewR().addNewT().setStringValue("每周不少于56小时");
        return d.bytes();
    }

    /** The sample with a sentence the drafting rules refuse (a requirement with 必须) as Word paragraph 38, in 4.2. */
    public static byte[] withMust() {
        return build(MUST).bytes();
    }

    static final String MUST = "读者必须出示有效证件。";

    static WordDocuments build() {
        return build(null);
    }

    static WordDocuments build(String extraIn42) {
        WordDocuments d = new WordDocuments();
        d.paragraph("ICS 01.140.20");
        d.paragraph("CCS A 14");
        d.paragraph("中华人民共和国文化行业标准");
        d.paragraph("WH/T 290—2026"); // a number no other test publishes (the shared context's catalog gets WH/T 204)
        d.paragraph("图书馆无障碍服务规范");
        d.paragraph("Specification for accessible library services");
        d.paragraph("2026-03-01 发布　　　　2026-09-01 实施");
        d.paragraph("中华人民共和国文化和旅游部　发布");
        d.heading(1, "目　次");
        d.paragraph("前言 …… I");
        d.styled("前言、引言标题", "前　言");
        d.paragraph("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。");
        d.paragraph("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。");
        d.paragraph("本文件由中华人民共和国文化和旅游部提出。");
        d.paragraph("本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。");
        d.paragraph("本文件起草单位：国家图书馆、上海图书馆。");
        d.paragraph("本文件主要起草人：张三、李四。");
        d.heading(1, "1　范围");
        d.paragraph("本文件规定了图书馆无障碍服务的总体要求、服务设施和服务内容。");
        d.paragraph("本文件适用于各级公共图书馆。");
        d.heading(1, "2　规范性引用文件");
        d.paragraph("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
                + "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。");
        d.paragraph("GB/T 28220—2023　公共图书馆服务规范");
        d.heading(1, "3　术语和定义");
        d.paragraph("下列术语和定义适用于本文件。");
        d.heading(2, "3.1");
        d.formatted("**无障碍服务**", "\taccessible service");
        d.paragraph("为残疾人、老年人等有特殊需要的读者平等利用图书馆而提供的服务");
        d.paragraph("注：包括设施、信息和服务方式的无障碍。");
        d.paragraph("［来源：GB/T 28220—2023，3.5，有修改］");
        d.heading(1, "4　总体要求");
        d.heading(2, "4.1　服务原则");
        d.paragraph("图书馆应遵循以下原则：");
        d.paragraph("a）平等；");
        d.paragraph("b）便利。");
        d.heading(2, "4.2　服务设施");
        d.paragraph("服务设施应符合 GB/T 28220—2023 的要求，并符合表 1 的规定。");
        if (extraIn42 != null) {
            d.paragraph(extraIn42);
        }
        d.paragraph("表 1　无障碍服务设施");
        d.table(new String[] {"设施", "要求"}, new String[] {"盲道", "应连续"}, new String[] {"坡道", "坡度不大于1:12"});
        d.paragraph("服务流程见图 1。");
        d.picture("png", 120, 80);
        d.paragraph("图 1　无障碍服务流程");
        XWPFParagraph withFootnote = d.paragraph("服务内容应符合附录 A 和附录 B 的规定。");
        d.footnote(withFootnote, "附录由起草组编写。");
        d.styledLines("附录标识", "附　录　A", "（规范性）", "服务内容");
        d.paragraph("图书馆应提供以下服务：");
        d.paragraph("——大字读物；");
        d.paragraph("——有声读物。");
        d.styled("附录标识", "附　录　B");
        d.paragraph("（资料性）");
        d.paragraph("服务案例");
        d.paragraph("某图书馆设立了视障阅览室。");
        d.heading(1, "参考文献");
        d.paragraph("[1]　中华人民共和国公共图书馆法");
        return d;
    }
}
