package nianbao.findings;

import java.util.List;

/**
 * Where something is in a report: the section (1–6), the table, the cells by canonical key, human
 * labels for row and column, and the place in the original (page for PDFs, line for text).
 * Any part may be absent (null or empty).
 */
public record Location(Integer section, String table, List<String> cells, String row, String column,
                       Integer page, Integer line) {

    public static final Location NONE = new Location(null, null, List.of(), null, null, null, null);

    public Location {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static Location line(int line) {
        return new Location(null, null, List.of(), null, null, null, line);
    }

    public Location withSection(Integer s) { return new Location(s, table, cells, row, column, page, line); }

    public Location withCells(List<String> keys) { return new Location(section, table, keys, row, column, page, line); }

    /** The place in words, as a reviewer would write it in a letter: 第三部分 表“…” 行“…” 列“…” 第12行. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (section != null) sb.append("第").append(Numerals.chinese(section)).append("部分");
        if (row != null) sb.append(sb.isEmpty() ? "" : " ").append("“").append(row).append("”行");
        if (column != null) sb.append(sb.isEmpty() ? "" : " ").append("“").append(column).append("”列");
        if (page != null) sb.append(sb.isEmpty() ? "" : " ").append("第").append(page).append("页");
        if (line != null) sb.append(sb.isEmpty() || page != null ? "" : " ").append("第").append(line).append("行");
        return sb.toString();
    }

    /** Compact form for tests and logs: §3 requests[new.total] p2 L57. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (section != null) sb.append('§').append(section);
        if (table != null) sb.append(sb.isEmpty() ? "" : " ").append(table);
        if (!cells.isEmpty()) sb.append(cells);
        if (page != null) sb.append(" p").append(page);
        if (line != null) sb.append(" L").append(line);
        return sb.toString().trim();
    }
}
