package cn.guifanku.wordimport;

/**
 * Why a Word file is not imported at all, with the Chinese message shown to the person importing it. The code is the
 * web layer's message key ({@code problem.<code>} in messages*.properties); the arguments fill {@code %s} here and
 * {@code {0}}, {@code {1}} there.
 */
public enum Refusal {
    TOO_LARGE("word-import-too-large", "文件超过 %s MB，不能导入：请压缩文档中的图片后再试"),
    LEGACY_DOC("word-import-legacy-doc", "这是旧版 Word 文档（.doc）或加密的文档，不能导入：请在 Word 中“另存为” .docx（不加密）后再导入"),
    MACRO_ENABLED("word-import-macro", "文档启用了宏（.docm），为安全起见不能导入：请在 Word 中“另存为” .docx 后再导入"),
    NOT_DOCX("word-import-not-docx", "文件不是 Word 文档（.docx），不能导入"),
    PACKAGE_BOUNDS("word-import-package-bounds", "文档解压后过大、部件过多或压缩比异常（可能是恶意构造的文件），不能导入"),
    TRACKED_CHANGES("word-import-tracked-changes", "文档含有修订，请先接受或拒绝全部修订后再导入"),
    TOO_MANY_PARAGRAPHS("word-import-too-many-paragraphs", "文档超过 %s 段，不能导入：请拆分后再导入"),
    TABLE_TOO_LARGE("word-import-table-too-large", "第 %s 段处的表格超过 %s 行或 %s 列，不能导入"),
    TOO_LONG("word-import-too-long", "转换后的文本超过 %s MB，不能导入"),
    UNREADABLE("word-import-unreadable", "无法读取该 Word 文档，文件可能已损坏");

    private final String code;
    private final String message;

    Refusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The message key's suffix: {@code problem.<code>}. */
    public String code() {
        return code;
    }

    public String message(Object... args) {
        return String.format(message, args);
    }
}
