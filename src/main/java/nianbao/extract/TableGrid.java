package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a structured document (HTML, Word) as a grid: cells are added row by row in reading
 * order with their spans. A spanned label is repeated in every grid position it covers, so that each
 * row carries its full row label (a label merged over 22 rows is in all 22); a spanned value
 * ("128" over three columns) stands once, in its first position, since it is one number.
 * {@link #lines()} renders rows as markdown lines "| a | b |  |", which the parser reads like any
 * markdown table: an empty cell is layout unless a row needs it as a blank.
 */
public final class TableGrid {
    private final List<List<String>> rows = new ArrayList<>();
    private int row = -1;

    /** Starts the next row. */
    public void newRow() {
        row++;
        ensureRow(row);
    }

    /**
     * Places a cell at the first free column of the current row, covering rowspan × colspan grid
     * positions (values below 1 count as 1).
     */
    public void add(String text, int rowspan, int colspan) {
        if (row < 0) newRow();
        String t = clean(text);
        boolean label = isLabel(t);
        List<String> r = rows.get(row);
        int col = 0;
        while (col < r.size() && r.get(col) != null) col++;
        for (int dr = 0; dr < Math.max(1, rowspan); dr++) {
            ensureRow(row + dr);
            List<String> target = rows.get(row + dr);
            for (int dc = 0; dc < Math.max(1, colspan); dc++) {
                while (target.size() <= col + dc) target.add(null);
                if (target.get(col + dc) == null) target.set(col + dc, label || (dr == 0 && dc == 0) ? t : "");
            }
        }
    }

    /** The rows as markdown lines; rows with no text at all are left out. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.stream().allMatch(c -> c == null || c.isEmpty())) continue;
            StringBuilder sb = new StringBuilder("|");
            for (String c : r) sb.append(' ').append(c == null ? "" : c).append(" |");
            out.add(sb.toString());
        }
        return out;
    }

    /** Label text has words; a value ("12", "0.5", "—", "无", "3件") has at most one Chinese character. */
    static boolean isLabel(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && ++han >= 2) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    private void ensureRow(int r) {
        while (rows.size() <= r) rows.add(new ArrayList<>());
    }

    /** Cell text on one line: white space (also non-breaking) folded, pipes replaced. */
    static String clean(String text) {
        if (text == null) return "";
        // text.replace('\u00A0', ' ').replace('|', '｜').replaceAll("\\s+", " ").strip(), in one pass
        StringBuilder sb = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0') c = ' ';
            else if (c == '|') c = '｜';
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inSpace) sb.append(' ');
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString().strip();
    }
}
