package cn.guifanku.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comments of a draft by clause, in the order of the standard's clauses: 前言 and 引言, 1, 2, 3.1 … 10, 附录. */
final class CommentGroups {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)");

    /** The comments on one clause: its anchor (for links to it) and its label as commenters saw it. */
    record ClauseComments(String anchor, String label, List<Comment> comments) {
    }

    private CommentGroups() {
    }

    static List<ClauseComments> of(List<Comment> comments) {
        Map<String, List<Comment>> byClause = new LinkedHashMap<>();
        comments.forEach(c -> byClause.computeIfAbsent(c.clauseId(), k -> new ArrayList<>()).add(c));
        List<ClauseComments> groups = new ArrayList<>();
        byClause.forEach((anchor, list) -> groups.add(new ClauseComments(anchor, list.get(0).clauseLabel(), list)));
        groups.sort(Comparator.comparing(ClauseComments::label, CommentGroups::compareLabels));
        return groups;
    }

    /** Front matter (no number) first, then numbered clauses by their numbers, then 附录 and anything else. */
    static int compareLabels(String a, String b) {
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        if (ma.find() && mb.find()) {
            String[] x = ma.group(1).split("\\.");
            String[] y = mb.group(1).split("\\.");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = compareNumbers(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            if (x.length != y.length) {
                return Integer.compare(x.length, y.length);
            }
        }
        return a.compareTo(b);
    }

    /** Two runs of digits by their value, however long. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static int rank(String label) {
        if (label.startsWith("前言") || label.startsWith("引言")) {
            return 0;
        }
        if (NUMBER.matcher(label).find()) {
            return 1;
        }
        return 2;
    }
}
