package cn.guifanku.proposal;

import cn.guifanku.proposal.DraftFacts.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies suggestions the editor accepted to a file's text: each replaces the lines it names, provided they still read
 * as when the check made it (else the text changed meanwhile and the suggestion no longer applies). Applied from the
 * bottom up, so that one suggestion's lines do not move another's.
 */
final class SuggestedChanges {

    private SuggestedChanges() {
    }

    /** The text with the suggestions applied; empty when one of them no longer fits the text. */
    static java.util.Optional<String> apply(String text, List<Suggestion> accepted) {
        boolean finalNewline = text.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
        List<Suggestion> ordered = accepted.stream()
                .sorted(Comparator.comparingInt(Suggestion::fromLine).thenComparingInt(Suggestion::toLine).reversed()).toList();
        int floor = Integer.MAX_VALUE;
        for (Suggestion s : ordered) {
            int from = s.fromLine() - 1;
            int to = s.toLine();
            if (from < 0 || to < from || to > lines.size() || to > floor) {
                return java.util.Optional.empty();
            }
            if (!String.join("\n", lines.subList(from, to)).equals(s.original())) {
                return java.util.Optional.empty();
            }
            List<String> replaced = lines.subList(from, to);
            replaced.clear();
            if (s.replacement() != null) {
                replaced.addAll(List.of(s.replacement().split("\n", -1)));
            }
            floor = from;
        }
        return java.util.Optional.of(String.join("\n", lines) + (finalNewline ? "\n" : ""));
    }
}
