package cn.guifanku.system;

/** The 体系表 file is broken: the reason in Chinese, and the line (from 1) when it is known, else 0. */
class SystemFileException extends RuntimeException {

    private final int line;

    SystemFileException(String reason, int line) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The reason as the editor reads it: with its line when known. */
    String explanation() {
        return line > 0 ? "第 " + line + " 行：" + getMessage() : getMessage();
    }
}
