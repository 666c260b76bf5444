package cn.guifanku.render;

/** One finding about a document: which file, which line (when known), how bad, and what. */
public record RenderProblem(String file, Integer line, Severity severity, String message) {

    public enum Severity { WARNING, ERROR }

    /** "standard.adoc:12: …" — the form editors see in reports. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
