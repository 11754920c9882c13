package nianbao.parse;

import nianbao.template.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows whose lost-separator digits had several readings. The table's own column sums (template
 * data) choose among them: a combination is taken only when it is the only one under which every
 * sum holds in every column. Otherwise the cells stay unreadable.
 */
final class AmbiguousRows {
    private static final int MAX_COMBINATIONS = 20_000;

    private final Template.TableDef def;
    private final Map<String, List<long[]>> readings = new LinkedHashMap<>();

    AmbiguousRows(Template.TableDef def) {
        this.def = def;
    }

    void add(String rowKey, List<long[]> rowReadings) {
        readings.put(rowKey, rowReadings);
    }

    /** Sets the cells of the rows the sums decide; returns the runs decided, for the repair note. */
    List<String> resolve(Map<String, CellRead> cells) {
        if (readings.isEmpty() || def.columnSums() == null) return List.of();
        long combinations = 1;
        for (List<long[]> r : readings.values()) combinations *= r.size();
        if (combinations > MAX_COMBINATIONS) return List.of();
        List<String> rows = new ArrayList<>(readings.keySet());
        int[] choice = new int[rows.size()];
        int[] found = null;
        for (long c = 0; c < combinations; c++) {
            long rest = c;
            for (int i = 0; i < rows.size(); i++) {
                int size = readings.get(rows.get(i)).size();
                choice[i] = (int) (rest % size);
                rest /= size;
            }
            if (sumsHold(rows, choice, cells)) {
                if (found != null) return List.of(); // two combinations fit: still ambiguous
                found = choice.clone();
            }
        }
        if (found == null) return List.of();
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long[] values = readings.get(rows.get(i)).get(found[i]);
            set(rows.get(i), values, cells);
            decided.add(rows.get(i) + "→" + join(values));
        }
        return decided;
    }

    /** Whether every column sum of the table holds where all its cells are known numbers. */
    static boolean allSumsHold(Template.TableDef def, Map<String, CellRead> cells) {
        if (def.columnSums() == null) return false;
        AmbiguousRows none = new AmbiguousRows(def);
        return none.sumsHold(List.of(), new int[0], cells);
    }

    private boolean sumsHold(List<String> rows, int[] choice, Map<String, CellRead> cells) {
        for (String column : def.allColumns()) {
            for (Template.ColumnSum sum : def.columnSums()) {
                Double total = side(sum.total(), sum.total(), column, rows, choice, cells);
                Double parts = side(sum.parts(), sum.total(), column, rows, choice, cells);
                if (total != null && parts != null && Math.abs(total - parts) > 1e-9) return false;
            }
        }
        return true;
    }

    /** The sum of a side in one column, or null when one of its cells is not known. */
    private Double side(List<String> rowPatterns, List<String> exclude, String column, List<String> rows,
                        int[] choice, Map<String, CellRead> cells) {
        double sum = 0;
        for (Template.RowDef row : def.rows()) {
            if (!matches(row.key(), rowPatterns) || (rowPatterns != exclude && exclude.contains(row.key()))) continue;
            int ambiguous = rows.indexOf(row.key());
            if (ambiguous >= 0) {
                sum += readings.get(row.key()).get(choice[ambiguous])[def.allColumns().indexOf(column)];
                continue;
            }
            CellRead c = cells.get(def.name() + "." + row.key() + "." + column);
            if (c == null || !c.known()) return null; // a blank can neither confirm nor refute a reading
            sum += c.value();
        }
        return sum;
    }

    private static boolean matches(String rowKey, List<String> patterns) {
        for (String p : patterns) {
            if (p.endsWith("*") ? rowKey.startsWith(p.substring(0, p.length() - 1)) : rowKey.equals(p)) return true;
        }
        return false;
    }

    private void set(String rowKey, long[] values, Map<String, CellRead> cells) {
        for (int i = 0; i < def.allColumns().size(); i++) {
            String key = def.name() + "." + rowKey + "." + def.allColumns().get(i);
            CellRead old = cells.get(key);
            cells.put(key, new CellRead(key, CellRead.State.NUMBER, (double) values[i], Long.toString(values[i]),
                    old.page(), old.line()));
        }
    }

    private static String join(long[] values) {
        StringBuilder sb = new StringBuilder();
        for (long v : values) sb.append(sb.isEmpty() ? "" : "|").append(v);
        return sb.toString();
    }
}
