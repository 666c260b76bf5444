package cn.guifanku.wordimport;

import cn.guifanku.wordimport.ImportItem.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table as an AsciiDoc table: its 表 caption as the block title, the first row as the header row, relative
 * column widths from the table's grid, merged cells as spans ({@code 2+|}, {@code .2+|}), a cell's paragraphs joined
 * by hard line breaks. Every paragraph in a cell is counted (and checked for what cannot be mapped).
 */
final class TableWriter {

    private record Cell(int column, int columns, int rows, String text, int paragraph) {
    }

    private final XWPFDocument doc;
    private final WordImportLimits limits;

    TableWriter(XWPFDocument doc, WordImportLimits limits) {
        this.doc = doc;
        this.limits = limits;
    }

    /** Writes the table; {@code nextParagraph} counts each cell paragraph and returns its number. */
    void write(XWPFTable table, String caption, int at, IntSupplier nextParagraph, IntSupplier paragraphsBefore,
               AdocWriter out, List<ImportItem> report) {
        List<XWPFTableRow> rows = table.getRows();
        int columns = columns(table);
        if (rows.size() > limits.maxTableRows() || columns > limits.maxTableColumns()) {
            throw new WordImportRefused(Refusal.TABLE_TOO_LARGE, at, limits.maxTableRows(), limits.maxTableColumns());
        }
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        List<List<Cell>> grid = new ArrayList<>();
        for (XWPFTableRow row : rows) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int first = paragraphsBefore.getAsInt() + 1;
                String text = text(cell, nextParagraph, report);
                cells.add(new Cell(column, Math.max(1, span), continued ? 0 : 1, text, first));
                column += Math.max(1, span);
            }
            grid.add(cells);
        }
        List<String> lines = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        if (caption != null) {
            lines.add("." + caption);
            from.add(at);
        } else {
            report.add(ImportItem.of(at, Kind.TABLE_WITHOUT_CAPTION, grid.get(0).isEmpty() ? "" : grid.get(0).get(0).text()));
        }
        lines.add("[cols=\"" + widths(table, columns) + "\",options=\"header\"]");
        lines.add("|===");
        from.add(at);
        from.add(at);
        for (int r = 0; r < grid.size(); r++) {
            if (r > 0) {
                lines.add("");
                from.add(0);
            }
            for (Cell cell : grid.get(r)) {
                if (cell.rows() == 0) {
                    continue;
                }
                int down = 1;
                while (r + down < grid.size() && continues(grid.get(r + down), cell.column())) {
                    down++;
                }
                String spec = (cell.columns() > 1 ? String.valueOf(cell.columns()) : "") + (down > 1 ? "." + down : "");
                lines.add((spec.isEmpty() ? "" : spec + "+") + "|" + cell.text());
                from.add(cell.paragraph());
            }
        }
        lines.add("|===");
        from.add(at);
        out.block(lines, from);
    }

    private static boolean continues(List<Cell> row, int column) {
        return row.stream().anyMatch(c -> c.column() == column && c.rows() == 0);
    }

    private String text(XWPFTableCell cell, IntSupplier nextParagraph, List<ImportItem> report) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            int number = nextParagraph.getAsInt();
            report.addAll(Unmappable.in(p.getCTP(), number, doc, InlineText.plain(p)));
            String text = InlineText.asciidoc(p, doc, 0);
            if (!text.isBlank()) {
                parts.add(text.replace("|", "\\|"));
            }
        }
        for (XWPFTable nested : cell.getTables()) {
            report.add(ImportItem.of(nextParagraph.getAsInt(), Kind.NESTED_TABLE, nested.getText()));
            parts.add(nested.getText().strip().replace("|", "\\|").replaceAll("\\s*\n\\s*", " +\n"));
        }
        return String.join(" +\n", parts);
    }

    private static int columns(XWPFTable table) {
        int columns = 0;
        for (XWPFTableRow row : table.getRows()) {
            int n = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                n += pr != null && pr.getGridSpan() != null ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
            }
            columns = Math.max(columns, n);
        }
        return columns;
    }

    /** Relative widths from the table grid ("1,1,4,2"), or equal widths when the grid does not match. */
    private static String widths(XWPFTable table, int columns) {
        var grid = table.getCTTbl().getTblGrid();
        List<Long> widths = new ArrayList<>();
        if (grid != null) {
            grid.getGridColList().forEach(c -> widths.add(c.getW() instanceof BigInteger w ? w.longValue() : 0L));
        }
        if (widths.size() != columns || widths.stream().anyMatch(w -> w <= 0)) {
            return String.join(",", java.util.Collections.nCopies(columns, "1"));
        }
        long min = widths.stream().mapToLong(Long::longValue).min().orElse(1);
        return String.join(",", widths.stream().map(w -> String.valueOf(Math.max(1, Math.round((double) w / min)))).toList());
    }
}
