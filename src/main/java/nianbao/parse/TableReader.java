package nianbao.parse;

import nianbao.extract.Document;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a table from the lines of its region by the template's row labels: each segment (label text
 * then values) is matched to the next expected rows, in template order, within a small window so a
 * missing row does not derail the rest. A row whose label matches but whose number of values does
 * not is present with unreadable cells: never guessed.
 */
final class TableReader {
    /** How many rows ahead of the expected one a label may match (rows can be missing). */
    private static final int WINDOW = 4;

    private TableReader() {}

    static TableRead readRows(Template.TableDef def, List<Document.Line> region, boolean flattened) {
        Map<String, CellRead> cells = new LinkedHashMap<>();
        List<String> decoded = new ArrayList<>();
        AmbiguousRows ambiguous = new AmbiguousRows(def);
        Set<String> found = new LinkedHashSet<>();
        String feeHeader = null;
        Integer firstLine = null;
        int expected = 0;
        StringBuilder sinceLastRow = new StringBuilder(); // header text above a row, e.g. the fee column's unit
        for (Segment seg : Segment.of(Tokenizer.tokenize(region, flattened))) {
            sinceLastRow.append(seg.label());
            String label = Labels.norm(seg.label());
            int best = -1;
            int bestEnd = -1;
            for (int i = expected; i < Math.min(def.rows().size(), expected + WINDOW + 1); i++) {
                int end = Labels.lastEnd(label, def.rows().get(i).variants());
                if (end > bestEnd) { best = i; bestEnd = end; }
            }
            if (best < 0) continue;
            Template.RowDef row = def.rows().get(best);
            if (found.contains(row.key())) continue;
            found.add(row.key());
            if (firstLine == null) firstLine = seg.labelLine();
            if (row.decimal()) feeHeader = sinceLastRow.toString();
            sinceLastRow.setLength(0);
            assign(def, row, seg, cells, decoded, ambiguous);
            expected = best + 1;
        }
        decoded.addAll(ambiguous.resolve(cells));
        List<String> missing = new ArrayList<>();
        Map<String, CellRead> ordered = new LinkedHashMap<>();
        for (Template.RowDef row : def.rows()) {
            if (!found.contains(row.key())) missing.add(row.label());
            for (String c : def.columnsOf(row)) {
                String key = def.name() + "." + row.key() + "." + c;
                ordered.put(key, cells.getOrDefault(key, CellRead.absent(key)));
            }
        }
        return new TableRead(def, !found.isEmpty(), missing, ordered, feeHeader, firstLine, decoded);
    }

    private static void assign(Template.TableDef def, Template.RowDef row, Segment seg, Map<String, CellRead> cells,
                               List<String> decoded, AmbiguousRows ambiguous) {
        List<String> cols = def.columnsOf(row);
        // Empty markdown cells are layout, unless only with them do the values fill the row.
        List<Token> values = seg.filled().size() == cols.size() ? seg.filled()
                : seg.values().size() == cols.size() ? seg.values() : null;
        if (values == null) {
            List<long[]> readings = readings(seg, cols.size(), "total".equals(cols.get(cols.size() - 1)) ? cols.size() : 0);
            if (readings.size() == 1) values = tokens(seg, readings.get(0), decoded);
            else if (readings.size() > 1) ambiguous.add(row.key(), readings);
        }
        for (int i = 0; i < cols.size(); i++) {
            String key = def.name() + "." + row.key() + "." + cols.get(i);
            cells.put(key, values != null
                    ? Values.cell(key, values.get(i), row.decimal())
                    : Values.unreadable(key, seg));
        }
    }

    /**
     * The appeals table: one row of 5 numbers per group under a two-level header. The groups are
     * those the header names; the numbers are the last run of exactly that many values, or all the
     * table's values when they add up to that many.
     */
    static TableRead readGroups(Template.TableDef def, List<Document.Line> region, boolean flattened) {
        List<Segment> segments = Segment.of(Tokenizer.tokenize(region, flattened));
        List<String> decoded = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (Segment s : segments) header.append(Labels.norm(s.label()));
        List<Template.GroupDef> groups = new ArrayList<>();
        for (Template.GroupDef g : def.groups()) if (Labels.containsAny(header.toString(), g.variants())) groups.add(g);
        int width = def.allColumns().size();
        List<Token> values = pickValues(segments, groups.isEmpty() ? def.groups().size() * width : groups.size() * width,
                width, decoded);
        if (groups.isEmpty() && values != null) groups.addAll(def.groups());

        Map<String, CellRead> cells = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        int i = 0;
        for (Template.GroupDef g : def.groups()) {
            boolean present = groups.contains(g);
            if (!present) missing.add(g.label());
            for (String c : def.allColumns()) {
                String key = def.name() + "." + g.key() + "." + c;
                if (!present) cells.put(key, CellRead.absent(key));
                else if (values != null) cells.put(key, Values.cell(key, values.get(i++), false));
                else cells.put(key, Values.unreadable(key, segments.isEmpty() ? null : segments.get(segments.size() - 1)));
            }
        }
        boolean tablePresent = !groups.isEmpty();
        Integer line = segments.isEmpty() ? null : segments.get(0).labelLine();
        return new TableRead(def, tablePresent, tablePresent ? missing : List.of(), cells, null, line, decoded);
    }

    private static List<Token> pickValues(List<Segment> segments, int needed, int groupSize, List<String> decoded) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).filled().size() == needed) return segments.get(i).filled();
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).values().size() == needed) return segments.get(i).values();
        }
        List<Token> all = new ArrayList<>();
        for (Segment s : segments) if (!looksLikeProse(s.label())) all.addAll(s.filled());
        if (all.size() == needed) return all;
        for (int i = segments.size() - 1; i >= 0; i--) {
            List<long[]> readings = readings(segments.get(i), needed, groupSize);
            if (readings.size() == 1) return tokens(segments.get(i), readings.get(0), decoded);
        }
        return null;
    }

    /** A row whose values are digit runs of the wrong count lost its separators: its possible readings. */
    private static List<long[]> readings(Segment seg, int n, int groupSize) {
        String digits = seg.digitRun();
        if (digits == null || seg.filled().size() == n) return List.of();
        return RunDecoder.decode(digits, n, groupSize);
    }

    /** The one reading as value tokens at the run's place, noted for TEXT-RENDERING. */
    private static List<Token> tokens(Segment seg, long[] reading, List<String> decoded) {
        Token first = seg.filled().get(0);
        List<Token> out = new ArrayList<>();
        StringBuilder shown = new StringBuilder(seg.digitRun()).append('→');
        for (long v : reading) {
            out.add(new Token(Long.toString(v), Token.Kind.NUMBER, first.line(), first.page()));
            shown.append(out.size() > 1 ? "|" : "").append(v);
        }
        decoded.add(shown.toString());
        return out;
    }

    private static boolean looksLikeProse(String label) {
        return label.length() > 30 && (label.contains("。") || label.contains("，"));
    }
}
