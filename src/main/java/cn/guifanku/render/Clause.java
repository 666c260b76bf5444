package cn.guifanku.render;

/**
 * One clause of a rendered standard: its anchor in the HTML, its heading as shown ("4.1　能力构成"), its number (may
 * be empty), title (a term entry's term when its heading has none) and own text (without its sub-clauses).
 */
public record Clause(String anchor, String heading, String number, String title, String text) {

    /**
     * How people name the clause: its number and title ("3.6 馆藏资源", a term entry by its term), or whichever of the
     * two it has.
     */
    public String label() {
        if (number.isEmpty()) {
            return title.isEmpty() ? heading : title;
        }
        return title.isEmpty() ? number : number + " " + title;
    }
}
