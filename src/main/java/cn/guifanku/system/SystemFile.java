package cn.guifanku.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The 标准体系表 as its file says it: a title and a tree of categories, each holding entries (a published standard by
 * its number without year, or a planned one by its title). Built only by {@link SystemFileParser}, which checks it.
 */
record SystemFile(String title, List<Node> categories) {

    /** The Git folder and file of the 体系表 on main. */
    static final String FOLDER = "体系表";
    static final String FILE = "体系表.yaml";
    static final String PATH = FOLDER + "/" + FILE;

    SystemFile {
        categories = List.copyOf(categories);
    }

    /** Every category, depth first, parents before their children. */
    List<Node> allCategories() {
        List<Node> all = new ArrayList<>();
        categories.forEach(c -> c.collect(all));
        return all;
    }

    /** A category: its 体系编号, name, entries and sub-categories. */
    record Node(String code, String name, List<Entry> entries, List<Node> children, int line) {

        Node {
            entries = List.copyOf(entries);
            children = List.copyOf(children);
        }

        void collect(List<Node> into) {
            into.add(this);
            children.forEach(c -> c.collect(into));
        }

        /** This category's entries and those of every category below it. */
        Stream<Entry> allEntries() {
            return Stream.concat(entries.stream(), children.stream().flatMap(Node::allEntries));
        }

        int depth() {
            return code.split("\\.").length;
        }
    }

    /**
     * One line of the table: {@code standard} (a designation such as {@code WH/T 201}) for a published standard, or
     * {@code planned} (a title) with an optional planned number and note for one that does not exist yet.
     */
    record Entry(String code, String standard, String planned, String number, String note, int line) {

        boolean isPlanned() {
            return standard == null;
        }

        /** The catalog's slug of a published entry (the catalog's rule: {@code WH/T 87.1} → {@code wh-t-87.1}). */
        String slug() {
            return standard == null ? null : slugOf(standard);
        }

        static String slugOf(String designation) {
            return designation.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        }
    }
}
