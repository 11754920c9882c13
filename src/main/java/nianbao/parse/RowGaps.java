package nianbao.parse;

import nianbao.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shredded tables (009.md): rows of numbers without their labels, between rows that have theirs.
 * The labelled rows are anchors; between two anchors, the unlabelled rows of numbers fill the
 * template's unfound rows in order when, and only when, their counts are equal. The filling stands
 * only if afterwards every column sum of the table holds; otherwise it is undone.
 */
final class RowGaps {
    private RowGaps() {}

    /** A segment of numbers and the template row it was assigned to (-1: none). */
    record Placed(Segment segment, int row) {}

    static List<String> fill(Template.TableDef def, List<Placed> placed, Set<String> found, Map<String, CellRead> cells) {
        int width = def.allColumns().size();
        List<int[]> filling = new ArrayList<>(); // {index in placed, row}
        int lastRow = -1;
        List<Integer> floating = new ArrayList<>();
        for (int i = 0; i <= placed.size(); i++) {
            boolean end = i == placed.size();
            Placed p = end ? null : placed.get(i);
            if (!end && p.row() < 0) {
                if (p.segment().filled().size() == width) floating.add(i);
                continue;
            }
            int nextRow = end ? def.rows().size() : p.row();
            if (nextRow <= lastRow) return List.of(); // anchors out of order: no safe gaps
            List<Integer> gapRows = new ArrayList<>();
            for (int r = lastRow + 1; r < nextRow; r++) if (!found.contains(def.rows().get(r).key())) gapRows.add(r);
            if (!floating.isEmpty() && floating.size() == gapRows.size()) {
                for (int k = 0; k < floating.size(); k++) filling.add(new int[]{floating.get(k), gapRows.get(k)});
            }
            floating.clear();
            lastRow = nextRow;
        }
        if (filling.isEmpty()) return List.of();
        Map<String, CellRead> trial = new java.util.LinkedHashMap<>(cells);
        for (int[] f : filling) put(def, def.rows().get(f[1]), placed.get(f[0]).segment(), trial);
        if (!AmbiguousRows.allSumsHold(def, trial)) return List.of();
        List<String> done = new ArrayList<>();
        for (int[] f : filling) {
            Template.RowDef row = def.rows().get(f[1]);
            put(def, row, placed.get(f[0]).segment(), cells);
            found.add(row.key());
            done.add(row.label() + "←第" + placed.get(f[0]).segment().filled().get(0).line() + "行的数字");
        }
        return done;
    }

    private static void put(Template.TableDef def, Template.RowDef row, Segment seg, Map<String, CellRead> cells) {
        List<String> cols = def.columnsOf(row);
        for (int i = 0; i < cols.size(); i++) {
            String key = def.name() + "." + row.key() + "." + cols.get(i);
            cells.put(key, Values.cell(key, seg.filled().get(i), row.decimal()));
        }
    }
}
