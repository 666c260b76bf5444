package cn.guifanku.bench;

import java.time.LocalDate;

/**
 * Generates a valid standard in AsciiDoc (the header our renderer requires, 前言, 范围, clauses with sub-clauses,
 * paragraphs and tables), of a chosen size, deterministically from its number: the same arguments give the same text.
 */
public final class StandardText {

    private static final String[] WORDS = {"图书馆", "读者服务", "文献资源", "数字化", "元数据", "著录", "馆藏",
            "借阅", "编目", "检索", "保存", "开放时间", "服务质量", "统计", "评价", "设施", "设备", "人员", "培训",
            "应急", "安全", "无障碍", "古籍", "期刊", "特藏", "数据交换", "互操作", "长期保存", "公共文化"};

    private StandardText() {
    }

    /**
     * @param clauses    number of clauses after 范围 (each with 3 sub-clauses); about 1 page per clause with tables
     * @param tableRows  rows of the table in each clause (0 for none)
     */
    public static String standard(String number, String title, LocalDate issued, String replaces, int clauses,
                                  int tableRows, long seed) {
        StringBuilder s = new StringBuilder(4096 + clauses * 3000);
        s.append("= ").append(title).append('\n')
                .append(":std-number: ").append(number).append('\n')
                .append(":std-type: 中华人民共和国文化行业标准\n")
                .append(":std-title-en: Benchmark standard ").append(number.replace('—', '-')).append('\n')
                .append(":std-ics: 01.140.20\n:std-ccs: A14\n")
                .append(":std-issued: ").append(issued).append('\n')
                .append(":std-effective: ").append(issued.plusMonths(3)).append('\n');
        if (replaces != null) {
            s.append(":std-replaces: ").append(replaces).append('\n');
        }
        s.append(":std-issuer: 中华人民共和国文化和旅游部\n:std-proposer: 中华人民共和国文化和旅游部\n")
                .append(":std-committee: 全国图书馆标准化技术委员会（SAC/TC 389）\n")
                .append(":std-drafters: 国家图书馆、上海图书馆\n:doctype: book\n:sectnums:\n:sectnumlevels: 5\n:toc:\n:toclevels: 2\n\n")
                .append("[preface]\n== 前言\n\n本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。\n\n")
                .append("本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。\n\n")
                .append("== 范围\n\n本文件规定了").append(title).append("的要求。\n\n本文件适用于各级各类图书馆。\n\n")
                .append("== 规范性引用文件\n\n本文件没有规范性引用文件。\n\n")
                .append("== 术语和定义\n\n本文件没有需要界定的术语和定义。\n\n");
        long x = seed * 6364136223846793005L + 1442695040888963407L;
        for (int c = 1; c <= clauses; c++) {
            s.append("== ").append(word(x += 7)).append("要求").append(c).append("\n\n");
            for (int sub = 1; sub <= 3; sub++) {
                s.append("=== ").append(word(x += 3)).append(word(x += 5)).append("\n\n");
                for (int p = 0; p < 2; p++) {
                    s.append(sentence(x += 11, 9)).append("\n\n");
                }
            }
            if (tableRows > 0) {
                s.append(".").append(word(x += 13)).append("指标").append(c).append("\n")
                        .append("[cols=\"1,3,2,2\",options=\"header\"]\n|===\n|序号 |项目 |要求 |说明\n");
                for (int r = 1; r <= tableRows; r++) {
                    s.append('|').append(r).append(" |").append(word(x += 17)).append(word(x += 19))
                            .append(" |不少于 ").append(r * 3).append(" 项 |").append(sentence(x += 23, 2)).append('\n');
                }
                s.append("|===\n\n");
            }
        }
        return s.toString();
    }

    private static String word(long x) {
        return WORDS[(int) Math.floorMod(x * 2862933555777941757L >>> 17, (long) WORDS.length)];
    }

    private static String sentence(long x, int parts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            s.append(i == 0 ? "" : "，").append(word(x + i)).append("应符合").append(word(x + 31 * i + 1))
                    .append("的有关规定").append("并定期开展").append(word(x + 17 * i + 2));
        }
        return s.append("。").toString();
    }
}
