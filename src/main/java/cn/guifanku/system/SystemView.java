package cn.guifanku.system;

import cn.guifanku.process.Stage;
import java.util.List;

/** The 体系表 as the page and the downloadable table show it. */
record SystemView(String title, String revision, List<Section> sections, List<Row> unplaced) {

    /** The colour of a line: in force, in progress, planned, no longer in force, or listed but not in the catalog. */
    enum Kind { PUBLISHED, PROGRESS, PLANNED, RETIRED, MISSING }

    /**
     * One line of the classic table (序号, 体系编号, 标准名称, 标准编号, 状态, 代替).
     *
     * @param statusKey  message key of the status (status.CURRENT …, system.status.progress, system.status.planned)
     * @param stage      the stage of a running proposal for this line (a revision, or the new standard filling it)
     * @param proposalId the proposal to link to, when the reader may see it
     */
    record Row(int seq, String code, String title, String number, String slug, Kind kind, String statusKey, Stage stage,
               String replaces, String proposalId) {
    }

    /** A category with its own lines; {@link #counts} covers its sub-categories too. */
    record Section(String code, String name, int depth, List<Row> rows) {
    }

    record Counts(int published, int inProgress, int planned, int retired) {

        public int total() {
            return published + inProgress + planned + retired;
        }
    }

    /** Counts of a category and every category below it. */
    public Counts counts(Section section) {
        return count(sections.stream().filter(s -> s.code().equals(section.code()) || s.code().startsWith(section.code() + "."))
                .flatMap(s -> s.rows().stream()).toList());
    }

    /** Counts of the whole table, the unplaced proposals included. */
    public Counts total() {
        return count(java.util.stream.Stream.concat(sections.stream().flatMap(s -> s.rows().stream()), unplaced.stream()).toList());
    }

    private static Counts count(List<Row> rows) {
        return new Counts(count(rows, Kind.PUBLISHED), count(rows, Kind.PROGRESS), count(rows, Kind.PLANNED),
                count(rows, Kind.RETIRED) + count(rows, Kind.MISSING));
    }

    private static int count(List<Row> rows, Kind kind) {
        return (int) rows.stream().filter(r -> r.kind() == kind).count();
    }
}
