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
        Set<String> unclear = new LinkedHashSet<>(); // rows named in a run that named another row too
        List<Segment> segments = Segment.of(Tokenizer.tokenize(region, flattened));
        Set<Segment> used = new java.util.HashSet<>();
        String feeHeader = null;
        Integer firstLine = null;
        Integer firstPage = null;
        List<RowGaps.Placed> placed = new ArrayList<>();
        int expected = 0;
        StringBuilder sinceLastRow = new StringBuilder(); // header text above a row, e.g. the fee column's unit
        for (Segment seg : segments) {
            sinceLastRow.append(seg.label());
            List<Integer> matches = matches(def, Labels.norm(seg.label()), expected, Math.min(def.rows().size(), expected + WINDOW + 1));
            if (matches.size() != 1 || found.contains(def.rows().get(matches.get(0)).key())) {
                // "5.属于三类内部事务信息1.本机关不掌握…" then one row of numbers: whose are they? Not guessed.
                if (matches.size() > 1) matches.forEach(i -> unclear.add(def.rows().get(i).key()));
                placed.add(new RowGaps.Placed(seg, -1));
                continue;
            }
            Template.RowDef row = def.rows().get(matches.get(0));
            placed.add(new RowGaps.Placed(seg, matches.get(0)));
            found.add(row.key());
            used.add(seg);
            if (firstLine == null) {
                firstLine = seg.labelLine();
                firstPage = seg.values().get(0).page();
            }
            if (row.decimal()) feeHeader = sinceLastRow.toString();
            sinceLastRow.setLength(0);
            assign(def, row, seg, cells, decoded, ambiguous);
            expected = matches.get(0) + 1;
        }
        outOfOrder(def, segments, used, found, cells, decoded, ambiguous);
        decoded.addAll(ambiguous.resolve(cells));
        List<String> realigned = def.columnSums() == null ? List.of() : RowGaps.fill(def, placed, found, cells);
        List<String> missing = new ArrayList<>();
        Map<String, CellRead> ordered = new LinkedHashMap<>();
        List<Template.CellDef> cellDefs = def.cells(); // the same keys, in the same order, made once
        int k = 0;
        for (Template.RowDef row : def.rows()) {
            boolean present = found.contains(row.key()) || unclear.contains(row.key());
            if (!present) missing.add(row.label());
            for (String c : def.columnsOf(row)) {
                String key = cellDefs.get(k++).key();
                CellRead absent = present ? Values.unreadable(key, null) : CellRead.absent(key);
                ordered.put(key, cells.getOrDefault(key, absent));
            }
        }
        boolean present = !found.isEmpty();
        return new TableRead(def, present, missing, ordered, feeHeader, firstPage, firstLine, decoded, realigned);
    }

    /**
     * The rows whose label ends nearest the numbers, among rows[from, to): one row, or several when
     * the text names more than one row (then the numbers' owner is unclear).
     */
    private static List<Integer> matches(Template.TableDef def, String label, int from, int to) {
        int bestEnd = -1;
        int best = -1;
        List<Integer> strong = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<String> variants = def.rows().get(i).variants();
            int end = Labels.lastEnd(label, variants);
            if (end < 0) continue;
            if (end > bestEnd) { best = i; bestEnd = end; }
            // a two-character word ("总计") is also a column header: it cannot make a label unclear
            if (Labels.lastEnd(label, variants, 3) >= 0) strong.add(i);
        }
        if (best < 0) return List.of();
        if (!strong.contains(best)) strong.add(best);
        return strong.size() > 1 && distinctRows(def, strong) ? strong : List.of(best);
    }

    /** Whether the rows named are really different rows (not one row matched by two of its variants). */
    private static boolean distinctRows(Template.TableDef def, List<Integer> rows) {
        return rows.stream().map(i -> def.rows().get(i).key()).distinct().count() > 1;
    }

    /**
     * A table laid out in another order (009.md puts 规章 after the fee row): rows not found in
     * order are looked for anywhere in the region, when the label names just that row and the
     * number of values fits exactly — rows of two or more columns only, which prose cannot mimic.
     */
    private static void outOfOrder(Template.TableDef def, List<Segment> segments, Set<Segment> used, Set<String> found,
                                   Map<String, CellRead> cells, List<String> decoded, AmbiguousRows ambiguous) {
        for (Segment seg : segments) {
            if (used.contains(seg)) continue;
            List<Integer> m = matches(def, Labels.norm(seg.label()), 0, def.rows().size());
            if (m.size() != 1) continue;
            Template.RowDef row = def.rows().get(m.get(0));
            int n = def.columnsOf(row).size();
            if (found.contains(row.key()) || n < 2 || seg.filled().size() != n) continue;
            found.add(row.key());
            used.add(seg);
            assign(def, row, seg, cells, decoded, ambiguous);
        }
    }

    private static void assign(Template.TableDef def, Template.RowDef row, Segment seg, Map<String, CellRead> cells,
                               List<String> decoded, AmbiguousRows ambiguous) {
        List<String> cols = def.columnsOf(row);
        // Empty markdown cells are layout, unless only with them do the values fill the row.
        List<Token> values = seg.filled().size() == cols.size() ? seg.filled()
                : seg.values().size() == cols.size() ? seg.values() : null;
        boolean hasTotal = "total".equals(cols.get(cols.size() - 1));
        if (values == null) {
            List<long[]> readings = readings(seg, cols.size(), hasTotal ? cols.size() : 0);
            if (readings.size() == 1) values = tokens(seg, readings.get(0), decoded);
            else if (readings.size() > 1) ambiguous.add(row.key(), readings);
            else if (hasTotal) {
                // one number too many (a page number amid the row): used only if the column sums confirm it
                List<long[]> withoutStray = withoutOneValue(seg, cols.size());
                if (withoutStray.size() == 1) ambiguous.add(row.key(), withoutStray);
            }
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
        Integer page = segments.isEmpty() ? null : segments.get(0).values().get(0).page();
        return new TableRead(def, tablePresent, tablePresent ? missing : List.of(), cells, null, page, line, decoded, List.of());
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

    /**
     * A row with one value more than its columns: the distinct readings with one value left out
     * whose last number is the sum of the others.
     */
    private static List<long[]> withoutOneValue(Segment seg, int n) {
        List<Token> v = seg.filled();
        if (v.size() != n + 1 || v.stream().anyMatch(t -> t.kind() != Token.Kind.NUMBER || !t.text().chars().allMatch(Character::isDigit))) {
            return List.of();
        }
        List<long[]> out = new ArrayList<>();
        for (int skip = 0; skip <= n; skip++) {
            long[] r = new long[n];
            int k = 0;
            for (int i = 0; i <= n; i++) if (i != skip) r[k++] = Long.parseLong(v.get(i).text());
            long sum = 0;
            for (int i = 0; i < n - 1; i++) sum += r[i];
            if (sum == r[n - 1] && out.stream().noneMatch(o -> java.util.Arrays.equals(o, r))) out.add(r);
        }
        return out;
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
