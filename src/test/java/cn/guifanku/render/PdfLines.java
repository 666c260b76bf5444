package cn.guifanku.render;

import cn.guifanku.render.PdfGlyphs.DrawnChar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of text a PDF draws, rebuilt from its characters' positions: characters on one baseline of a page, left to
 * right, split where a gap wider than {@value #GAP} pt separates them (table cells, a folio beside a running header).
 */
final class PdfLines {

    static final float GAP = 6f;

    /** One run of text on a baseline: its page (1-based), baseline (points from the top), characters and text. */
    record Line(int page, float y, List<DrawnChar> chars) {

        String text() {
            StringBuilder text = new StringBuilder();
            chars.forEach(c -> text.append(c.text()));
            return text.toString();
        }

        /** The text without spaces of any kind (text extraction guesses them). */
        String compact() {
            return text().replaceAll("[\\s\\u3000\\u00a0]", "");
        }

        float left() {
            return chars.get(0).x();
        }

        float right() {
            DrawnChar last = chars.get(chars.size() - 1);
            return last.x() + last.width();
        }

        float centre() {
            return (left() + right()) / 2;
        }

        /** The first and last characters that are not blank. */
        DrawnChar first() {
            return chars.stream().filter(c -> !c.text().isBlank()).findFirst().orElse(chars.get(0));
        }

        DrawnChar last() {
            return chars.stream().filter(c -> !c.text().isBlank()).reduce((a, b) -> b).orElse(chars.get(0));
        }
    }

    private PdfLines() {
    }

    /** Every line of every page, top to bottom, left to right. */
    static List<Line> of(List<DrawnChar> drawn) {
        List<DrawnChar> sorted = new ArrayList<>(drawn);
        sorted.sort(Comparator.comparingInt(DrawnChar::page).thenComparingDouble(DrawnChar::y).thenComparingDouble(DrawnChar::x));
        List<Line> lines = new ArrayList<>();
        List<DrawnChar> baseline = new ArrayList<>();
        for (DrawnChar c : sorted) {
            if (!baseline.isEmpty() && (baseline.get(0).page() != c.page() || Math.abs(baseline.get(0).y() - c.y()) > 1f)) {
                split(baseline, lines);
                baseline.clear();
            }
            baseline.add(c);
        }
        split(baseline, lines);
        return lines;
    }

    private static void split(List<DrawnChar> baseline, List<Line> lines) {
        if (baseline.isEmpty()) {
            return;
        }
        baseline.sort(Comparator.comparingDouble(DrawnChar::x));
        List<DrawnChar> run = new ArrayList<>();
        for (DrawnChar c : baseline) {
            if (!run.isEmpty()) {
                DrawnChar previous = run.get(run.size() - 1);
                if (c.x() - (previous.x() + previous.width()) > GAP) {
                    add(run, lines);
                    run = new ArrayList<>();
                }
            }
            run.add(c);
        }
        add(run, lines);
    }

    private static void add(List<DrawnChar> run, List<Line> lines) {
        if (run.stream().anyMatch(c -> !c.text().isBlank())) {
            lines.add(new Line(run.get(0).page(), run.get(0).y(), List.copyOf(run)));
        }
    }
}
