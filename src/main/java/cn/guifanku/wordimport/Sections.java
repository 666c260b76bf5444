package cn.guifanku.wordimport;

import cn.guifanku.wordimport.Heading.Part;
import cn.guifanku.wordimport.ImportItem.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the standard the conversion is (cover, 目次, 前言/引言, a clause, 术语和定义, an annex, 参考文献), and the
 * headings that move it: 前言 and 引言 as {@code [preface]}, clauses at their level, annexes as {@code [appendix]} with
 * their status (in the 附录标识 paragraph or in the paragraphs after it), term entries with their term and English,
 * 参考文献 as {@code [bibliography]}.
 */
final class Sections {

    /** What part of the document a paragraph is in. */
    enum Place { COVER, CONTENTS, PREFACE, BODY, TERMS, ANNEX, BIBLIOGRAPHY }

    private record PendingAnnex(int paragraph, String status) {
    }

    private static final Pattern TERM = Pattern.compile("^(.*?)[\\s\\u3000]*([A-Za-z][A-Za-z0-9 ,'’()/\\-]*)$");

    private final AdocWriter out;
    private final List<ImportItem> report;
    private Place place = Place.COVER;
    private Integer termLevel;
    private PendingAnnex pendingAnnex;
    private boolean annexStatusExpected;
    private boolean contentsReported;

    Sections(AdocWriter out, List<ImportItem> report) {
        this.out = out;
        this.report = report;
    }

    Place place() {
        return place;
    }

    /** The cover has ended (a paragraph that is no cover field, or the first heading's position was passed). */
    void leaveCover() {
        if (place == Place.COVER) {
            place = Place.BODY;
        }
    }

    /** Whether the next paragraph is a term's line (after a term entry's number standing alone). */
    boolean expectsTerm() {
        return termLevel != null;
    }

    void heading(Heading h, int n) {
        switch (h.part()) {
            case PREFACE, INTRODUCTION -> {
                place = Place.PREFACE;
                out.block(n, "[preface]", "== " + h.title());
            }
            case CONTENTS -> contents(n, h.title());
            case BIBLIOGRAPHY -> {
                place = Place.BIBLIOGRAPHY;
                out.block(n, "[bibliography]", "== " + h.title());
            }
            case ANNEX -> {
                place = Place.ANNEX;
                if (h.title().isEmpty()) {
                    pendingAnnex = new PendingAnnex(n, h.annexStatus());
                } else {
                    annex(h.title(), h.annexStatus(), n);
                }
            }
            case CLAUSE -> clause(h, n);
        }
    }

    /**
     * A paragraph that completes what a heading began — an annex's status or title, a term's line — is written here
     * (true); any other is left to the caller (false).
     */
    boolean completes(String t, int n) {
        if (pendingAnnex != null || annexStatusExpected) {
            Optional<String> status = Heading.annexStatus(t);
            if (status.isPresent() && pendingAnnex != null) {
                pendingAnnex = new PendingAnnex(pendingAnnex.paragraph(), status.get());
                return true;
            }
            if (status.isPresent()) {
                out.block(n, "[.annex-status]", status.get());
                annexStatusExpected = false;
                return true;
            }
            if (pendingAnnex != null) {
                annex(t, pendingAnnex.status(), pendingAnnex.paragraph());
                pendingAnnex = null;
                return true;
            }
            annexStatusExpected = false;
        }
        if (termLevel != null) {
            term(t, termLevel, n);
            termLevel = null;
            return true;
        }
        return false;
    }

    /** The document's own table of contents: skipped (ours is generated), reported once. */
    void contents(int n, String text) {
        place = Place.CONTENTS;
        if (!contentsReported) {
            report.add(ImportItem.of(n, Kind.TABLE_OF_CONTENTS, text));
            contentsReported = true;
        }
    }

    private void clause(Heading h, int n) {
        if (place == Place.TERMS && h.level() >= 2) {
            if (h.title().isEmpty()) {
                termLevel = h.level();
            } else {
                term(h.title(), h.level(), n);
            }
            return;
        }
        int level = h.level();
        if (level > 5) {
            report.add(ImportItem.of(n, Kind.HEADING_TOO_DEEP, h.title()));
            level = 5;
        }
        if (level == 1 || place != Place.ANNEX && place != Place.TERMS && place != Place.BODY) {
            place = h.title().replaceAll("[\\s\\u3000]", "").equals("术语和定义") ? Place.TERMS : Place.BODY;
        }
        out.block(n, "=".repeat(level + 1) + " " + AdocWriter.escape(h.title()));
    }

    private void annex(String title, String status, int n) {
        out.block(n, "[appendix]", "== " + AdocWriter.escape(title));
        if (status != null) {
            out.block(n, "[.annex-status]", status);
        }
        annexStatusExpected = status == null;
    }

    /** A term entry: the term as the heading, then the term in bold with its English equivalent. */
    private void term(String line, int level, int n) {
        Matcher m = TERM.matcher(line.strip());
        boolean split = m.matches() && !m.group(1).isBlank();
        String term = AdocWriter.escape(split ? m.group(1).strip() : line.strip());
        out.block(n, "=".repeat(Math.min(level, 5) + 1) + " " + term);
        out.more(n, "**" + term + "**" + (split ? " " + m.group(2).strip() : ""));
    }
}
