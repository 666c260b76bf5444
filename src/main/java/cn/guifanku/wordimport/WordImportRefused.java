package cn.guifanku.wordimport;

import java.util.Arrays;

/** A Word file that is not imported: nothing of it is kept. The message is Chinese; the web layer answers 422. */
public class WordImportRefused extends RuntimeException {

    private final Refusal reason;
    private final transient Object[] args;

    public WordImportRefused(Refusal reason, Object... args) {
        super(reason.message(args));
        this.reason = reason;
        this.args = args.clone();
    }

    WordImportRefused(Refusal reason, Throwable cause) {
        super(reason.message(), cause);
        this.reason = reason;
        this.args = new Object[0];
    }

    public Refusal reason() {
        return reason;
    }

    /** The values the message names (a limit, a paragraph number), as strings for a message bundle. */
    public Object[] args() {
        return Arrays.stream(args).map(String::valueOf).toArray();
    }
}
