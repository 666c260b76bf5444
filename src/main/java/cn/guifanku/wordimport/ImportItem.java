package cn.guifanku.wordimport;

/**
 * One thing of the Word document the import could not map, or mapped with a caveat: where it was (the Word
 * paragraph's number, counting every paragraph in document order, those in tables too; 0 for the document as a whole),
 * what it is, a short quote of it (at most 40 characters) and what to do, in Chinese.
 */
public record ImportItem(int paragraph, Kind kind, String quote, String message) {

    static final int QUOTE_LENGTH = 40;

    /** What was not mapped, with the message shown for it. */
    public enum Kind {
        TEXT_BOX("文本框中的文字未导入，请移入正文"),
        COMMENT("批注未导入"),
        EQUATION("公式未导入，请改写为文字或以图片插入"),
        EMBEDDED_OBJECT("嵌入的对象（OLE）未导入，请以图片或表格插入"),
        CHART("图表未导入，请另存为图片后插入"),
        SMART_ART("SmartArt 图形未导入，请另存为图片后插入"),
        SHAPE("形状或绘图未导入，请另存为图片后插入"),
        CONTENT_CONTROL("内容控件中的文字未导入，请移入正文"),
        UNSUPPORTED_IMAGE("图片格式不受支持（只导入 PNG、JPEG、GIF、BMP），未导入"),
        IMAGE_TOO_LARGE("图片超过大小或像素的限制，未导入"),
        FIGURE_WITHOUT_CAPTION("图没有图题（“图 n　标题”），请补上"),
        TABLE_WITHOUT_CAPTION("表没有表题（“表 n　标题”），请补上"),
        NESTED_TABLE("表中的嵌套表只导入了文字"),
        HEADING_TOO_DEEP("标题超过 5 级，已按第 5 级导入"),
        COVER_TEXT("封面上的这段文字未能识别，未导入"),
        TABLE_OF_CONTENTS("目次由系统生成，文档中的目次未导入"),
        MISSING_METADATA("封面和前言中没有找到这些信息，已填入模板的占位值，请在文件头中核对");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    static ImportItem of(int paragraph, Kind kind, String text) {
        return new ImportItem(paragraph, kind, quote(text), kind.message());
    }

    /** The first 40 characters of a text, on one line, with “…” when it was longer. */
    static String quote(String text) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return one.codePointCount(0, one.length()) <= QUOTE_LENGTH ? one
                : one.substring(0, one.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
