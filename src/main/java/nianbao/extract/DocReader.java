package nianbao.extract;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The main text of a binary .doc (HWPF) as lines: paragraphs and tables in document order. A .doc
 * knows no grid of columns, only where each cell's edges lie, so the columns are the distinct edges
 * of the whole table and a cell spans the columns between its edges.
 */
final class DocReader {
    /** Edges closer than this (in twips, 1/1440 inch) are one column boundary. */
    private static final int EDGE_TOLERANCE = 20;

    private final ListNumbers lists = new ListNumbers();
    private final List<String> out = new ArrayList<>();

    static List<String> read(DirectoryNode root) throws IOException {
        DocReader reader = new DocReader();
        reader.body(new HWPFDocument(root).getRange(), 0);
        return reader.out;
    }

    /** The paragraphs and tables of a range whose own paragraphs lie at table nesting {@code level}. */
    private void body(Range range, int level) {
        int n = range.numParagraphs();
        for (int i = 0; i < n; ) {
            Paragraph p = range.getParagraph(i);
            boolean deeper = level == 0 ? p.isInTable() : p.getTableLevel() > level;
            Table t = deeper ? tableAt(range, p) : null;
            if (t != null && t.numParagraphs() > 0) {
                if (isFrame(t)) frameContent(t);
                else out.addAll(table(t));
                i += t.numParagraphs();
            } else {
                WordText.addLines(text(p), out);
                i++;
            }
        }
    }

    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException e) {
            return null; // not the first paragraph of a table (an odd nesting): read it as text
        }
    }

    /**
     * A table of one column only frames its content, as when a report copied from a web page sits
     * in a layout table: its cells are read as body, their tables as tables.
     */
    private static boolean isFrame(Table t) {
        for (int r = 0; r < t.numRows(); r++) if (t.getRow(r).numCells() != 1) return false;
        return t.numRows() > 0;
    }

    private void frameContent(Table t) {
        // at least 1: a table level of 0 (files that do not record it) would find the frame again in its cell
        for (int r = 0; r < t.numRows(); r++) body(t.getRow(r).getCell(0), Math.max(1, t.getTableLevel()));
    }

    private String text(Paragraph p) {
        return label(p) + clean(p.text());
    }

    private List<String> table(Table t) {
        int[] edges = edges(t);
        WordTable table = new WordTable();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            table.newRow(row.numCells() == 0 ? 0 : column(edges, row.getCell(0).getLeftEdge()));
            String previous = "";
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = column(edges, cell.getLeftEdge());
                int to = column(edges, cell.getLeftEdge() + cell.getWidth());
                // old-style horizontal merge: the cell continues the one before it
                String text = cell.isMerged() && !cell.isFirstMerged() ? previous : cellText(cell);
                table.add(text, Math.max(1, to - from), merge(cell));
                previous = text;
            }
        }
        return table.lines();
    }

    private String cellText(TableCell cell) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) parts.add(text(cell.getParagraph(i)));
        return WordText.joinCell(parts);
    }

    private static WordTable.Merge merge(TableCell cell) {
        if (cell.isFirstVerticallyMerged()) return WordTable.Merge.RESTART;
        return cell.isVerticallyMerged() ? WordTable.Merge.CONTINUE : WordTable.Merge.NONE;
    }

    private static int[] edges(Table t) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
                all.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int e : all) if (kept.isEmpty() || e - kept.get(kept.size() - 1) > EDGE_TOLERANCE) kept.add(e);
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the column boundary nearest to {@code edge}. */
    private static int column(int[] edges, int edge) {
        int i = Arrays.binarySearch(edges, edge);
        if (i >= 0) return i;
        int after = -i - 1;
        if (after == 0) return 0;
        if (after == edges.length) return edges.length - 1;
        return edge - edges[after - 1] <= edges[after] - edge ? after - 1 : after;
    }

    private String label(Paragraph p) {
        if (!p.isInList()) return "";
        try {
            HWPFList list = p.getList();
            return lists.next(list.getLsid(), p.getIlvl(), new Levels(list));
        } catch (RuntimeException e) {
            return ""; // a list reference the file does not resolve: the text is still there
        }
    }

    /** Drops field codes and Word's control characters: cell marks, breaks, drawn objects. */
    static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u0007' -> sb.append(' ');
                case '\r', '\n', '\u000B', '\u000C' -> sb.append('\n');
                case '\t' -> sb.append('\t');
                case '\u001E' -> sb.append('-');
                default -> { if (c >= 0x20) sb.append(c); }
            }
        }
        return sb.toString();
    }

    private record Levels(HWPFList list) implements ListNumbers.Levels {
        @Override public String pattern(int level) {
            StringBuilder sb = new StringBuilder();
            for (char c : list.getNumberText((char) level).toCharArray()) {
                if (c < 9) sb.append('%').append((char) ('1' + c)); // a .doc marks level numbers by the characters 0…8
                else sb.append(c);
            }
            return sb.toString();
        }

        @Override public String format(int level) {
            return switch (list.getNumberFormat((char) level)) {
                case 0x00 -> "decimal";
                case 0x01 -> "upperRoman";
                case 0x02 -> "lowerRoman";
                case 0x03 -> "upperLetter";
                case 0x04 -> "lowerLetter";
                case 0x0A, 0x11, 0x24 -> "ideographDigital";
                case 0x0B, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27 -> "chineseCounting";
                case 0x0E, 0x13 -> "decimalFullWidth";
                case 0x12, 0x1C -> "decimalEnclosedCircle";
                case 0x16 -> "decimalZero";
                case 0x17 -> "bullet";
                case 0x1E -> "ideographTraditional";
                case 0xFF -> "none";
                default -> "decimal";
            };
        }

        @Override public int start(int level) {
            return list.getStartAt((char) level);
        }
    }
}
