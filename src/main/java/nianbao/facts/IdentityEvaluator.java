package nianbao.facts;

import nianbao.findings.Location;
import nianbao.parse.TableRead;
import nianbao.template.Template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Expands the identities of rules/identities.yaml over a report's cells into {@link Balance} facts. */
final class IdentityEvaluator {
    private final List<IdentityDef> defs;

    IdentityEvaluator(List<IdentityDef> defs) {
        this.defs = List.copyOf(defs);
    }

    /** The identities within one report. */
    List<Balance> evaluate(Map<String, TableRead> tables, List<CellFact> cells) {
        return evaluate(tables, cells, false);
    }

    /**
     * @param across false: the identities within one report; true: those across reports, whose
     *               cells of the prior year's report are among {@code cells} under {@link IdentityDef#PRIOR}
     */
    List<Balance> evaluate(Map<String, TableRead> tables, List<CellFact> cells, boolean across) {
        Map<String, CellFact> byKey = new LinkedHashMap<>();
        for (CellFact c : cells) byKey.put(c.getKey(), c);
        List<Balance> out = new ArrayList<>();
        for (IdentityDef d : defs) {
            if (d.acrossReports() != across) continue;
            if (!tables.containsKey(d.table())) continue;
            Template.TableDef table = tables.get(d.table()).def();
            if (d.forEach() == null || d.forEach().isEmpty()) {
                out.add(balance(d, d.where(), d.left(), d.right(), byKey, table));
                continue;
            }
            Map.Entry<String, Object> var = d.forEach().entrySet().iterator().next();
            for (String value : values(var.getValue(), table)) {
                String token = "{" + var.getKey() + "}";
                String label = labelOf(value, table);
                out.add(balance(d, d.where().replace(token, label),
                        substitute(d.left(), token, value), substitute(d.right(), token, value), byKey, table));
            }
        }
        return out;
    }

    private static List<String> values(Object spec, Template.TableDef table) {
        if (spec instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        if ("columns".equals(spec)) return table.allColumns();
        if ("rows".equals(spec)) return table.rows().stream().map(Template.RowDef::key).toList();
        throw new IllegalArgumentException("forEach must be a list, \"columns\" or \"rows\": " + spec);
    }

    private static String labelOf(String value, Template.TableDef table) {
        if (table.columns().containsKey(value)) return table.columnLabel(value);
        for (Template.RowDef r : table.rows() == null ? List.<Template.RowDef>of() : table.rows()) {
            if (r.key().equals(value)) return r.messageLabel();
        }
        return value;
    }

    private static List<String> substitute(List<String> keys, String token, String value) {
        return keys.stream().map(k -> k.replace(token, value)).toList();
    }

    private static Balance balance(IdentityDef d, String where, List<String> leftKeys, List<String> rightKeys,
                                   Map<String, CellFact> cells, Template.TableDef table) {
        List<String> left = expand(leftKeys, rightKeys, cells);
        List<String> right = expand(rightKeys, leftKeys, cells);
        List<String> all = new ArrayList<>(left);
        all.addAll(right);
        boolean sameColumn = sameColumn(all);
        List<String> unknown = new ArrayList<>();
        List<Balance.Term> l = terms(left, cells, unknown, sameColumn);
        List<Balance.Term> r = terms(right, cells, unknown, sameColumn);
        // A side left wholly blank was not filled in, not written as 0: CELL-BLANK says so, no sum is checked.
        if (allBlank(left, cells) || allBlank(right, cells)) unknown.addAll(all);
        CellFact first = cells.get(left.get(0));
        List<String> own = all.stream().filter(k -> !k.startsWith(IdentityDef.PRIOR)).toList(); // this report's cells
        Location loc = new Location(table.section(), table.name(), own, null,
                null, null, first == null ? null : first.getLine());
        return new Balance(d.check(), where, d.leftName(), d.rightName(), l, r, unknown, loc);
    }

    private static boolean allBlank(List<String> keys, Map<String, CellFact> cells) {
        if (keys.isEmpty()) return false;
        for (String k : keys) {
            CellFact c = cells.get(k);
            if (c == null || !c.isBlank()) return false;
        }
        return true;
    }

    /** Whether every key names the same column (the part after its last "."); false for no keys. */
    private static boolean sameColumn(List<String> keys) {
        if (keys.isEmpty()) return false;
        String first = keys.get(0);
        String column = first.substring(first.lastIndexOf('.') + 1);
        for (String k : keys) {
            int dot = k.lastIndexOf('.');
            if (k.length() - dot - 1 != column.length() || !k.regionMatches(dot + 1, column, 0, column.length())) return false;
        }
        return true;
    }

    /** Keys with "*" stand for every cell they match, less those named on the other side. */
    private static List<String> expand(List<String> keys, List<String> otherSide, Map<String, CellFact> cells) {
        Set<String> exclude = new HashSet<>(otherSide);
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!k.contains("*")) { out.add(k); continue; }
            String[] parts = k.split("\\*", -1);
            for (String key : cells.keySet()) if (matches(parts, key) && !exclude.contains(key)) out.add(key);
        }
        return out;
    }

    /**
     * Whether the key matches the parts of a pattern cut at its "*"s, each "*" standing for one or
     * more characters other than line ends (as the regular expression {@code \Qa\E.+\Qb\E} would,
     * without compiling one per identity and report).
     */
    static boolean matches(String[] parts, String key) {
        if (!globMatches(parts, key)) return false; // "*" as any characters: a superset of the regex's matches
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
                for (int j = 1; j < parts.length; j++) regex.append(".+").append(Pattern.quote(parts[j]));
                return Pattern.compile(regex.toString()).matcher(key).matches();
            }
        }
        return true;
    }

    private static boolean globMatches(String[] parts, String key) {
        if (!key.startsWith(parts[0])) return false;
        int pos = parts[0].length();
        int last = parts.length - 1;
        for (int j = 1; j < last; j++) {
            int at = key.indexOf(parts[j], pos + 1); // leftmost, after at least one character
            if (at < 0) return false;
            pos = at + parts[j].length();
        }
        return key.length() - parts[last].length() >= pos + 1 && key.endsWith(parts[last]);
    }

    /** Terms are labelled by what varies: the row when all cells share a column, else the column. */
    private static List<Balance.Term> terms(List<String> keys, Map<String, CellFact> cells, List<String> unknown,
                                            boolean sameColumn) {
        List<Balance.Term> out = new ArrayList<>();
        for (String k : keys) {
            CellFact c = cells.get(k);
            if (c == null || !(c.isKnown() || c.isBlank())) {
                unknown.add(k);
                continue;
            }
            String label = sameColumn ? c.getRowLabel() : c.getColumnLabel();
            out.add(new Balance.Term(label, k, c.isKnown() ? c.getValue() : 0));
        }
        return out;
    }
}
