package nianbao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word table as it is read: row by row, each cell with its width in grid columns and its
 * vertical merge state. A cell that continues a vertical merge gets the text of the cell that
 * started it, so every row carries its full row label. A wide cell's text stands in its first
 * column only and the other columns it covers stay empty (layout to the parser): repeated, a value
 * merged over three columns would read as the three values "128 128 128". Rows are padded to the
 * widest row, so the markdown lines of {@link TableGrid} stay aligned.
 */
final class WordTable {

    enum Merge { NONE, RESTART, CONTINUE }

    private record Cell(String text, int span) {}

    private final List<List<Cell>> rows = new ArrayList<>();
    private final Map<Integer, String> mergedFromAbove = new HashMap<>();
    private int column;

    /** Starts a row whose first {@code skippedColumns} grid columns hold no cell (Word's gridBefore). */
    void newRow(int skippedColumns) {
        rows.add(new ArrayList<>());
        column = 0;
        if (skippedColumns > 0) add("", skippedColumns, Merge.NONE);
    }

    void add(String text, int span, Merge merge) {
        if (rows.isEmpty()) newRow(0);
        int width = Math.max(1, span);
        String t = merge == Merge.CONTINUE ? mergedFromAbove.getOrDefault(column, "") : text;
        for (int c = column; c < column + width; c++) {
            if (merge == Merge.RESTART) mergedFromAbove.put(c, t);
            else if (merge == Merge.NONE) mergedFromAbove.remove(c);
        }
        rows.get(rows.size() - 1).add(new Cell(t, width));
        column += width;
    }

    List<String> lines() {
        int width = 0;
        for (List<Cell> r : rows) width = Math.max(width, r.stream().mapToInt(Cell::span).sum());
        TableGrid grid = new TableGrid();
        for (List<Cell> r : rows) {
            grid.newRow();
            int used = 0;
            for (Cell c : r) {
                grid.add(c.text(), 1, 1);
                if (c.span() > 1) grid.add("", 1, c.span() - 1);
                used += c.span();
            }
            if (used < width) grid.add("", 1, width - used);
        }
        return grid.lines();
    }
}
