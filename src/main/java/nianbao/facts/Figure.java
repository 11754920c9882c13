package nianbao.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure of a table the prose may state: a row's 总计 of `requests` ("requests.result.granted"), a
 * group's 总计 of `appeals` ("appeals.review"), a cell of `active` ("active.normative.issued"). A
 * 总计 left blank is the sum of its row (blanks 0); known only when every cell needed was read.
 */
public final class Figure {
    private final String key, label;
    private final double value;
    private final boolean known;

    public Figure(String key, String label, double value, boolean known) {
        this.key = key; this.label = label; this.value = value; this.known = known;
    }

    public String getKey() { return key; }
    public String getLabel() { return label; }
    public double getValue() { return value; }
    public boolean isKnown() { return known; }

    /** Whether this figure is one of the keys or stands under one ("requests.result.unavailable" covers its 1–3). */
    public boolean isUnder(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (key.equals(k) || (key.length() > k.length() && key.startsWith(k) && key.charAt(k.length()) == '.')) return true;
        }
        return false;
    }

    static List<Figure> of(List<CellFact> cells) {
        Map<String, List<CellFact>> rows = new LinkedHashMap<>();
        List<Figure> out = new ArrayList<>();
        for (CellFact c : cells) {
            if (c.getTable().equals("active")) out.add(new Figure(c.getKey(), c.getRowLabel() + c.getColumnLabel(), c.isKnown() ? c.getValue() : 0, c.isKnown() || c.isBlank()));
            else rows.computeIfAbsent(c.getTable() + "." + c.getRow(), k -> new ArrayList<>()).add(c);
        }
        rows.forEach((key, row) -> {
            CellFact total = row.stream().filter(c -> c.getColumn().equals("total")).findFirst().orElse(null);
            if (total == null) return;
            if (total.isKnown()) { out.add(new Figure(key, group(total.getRowLabel()), total.getValue(), true)); return; }
            boolean readable = total.isBlank() && row.stream().allMatch(c -> c.isKnown() || c.isBlank());
            double sum = row.stream().filter(CellFact::isKnown).mapToDouble(CellFact::getValue).sum();
            out.add(new Figure(key, group(total.getRowLabel()), sum, readable));
        });
        return out;
    }

    /** "（四）无法提供 1.本机关不掌握相关政府信息" → "（四）无法提供": a message names the group. */
    private static String group(String rowLabel) {
        int space = rowLabel.indexOf(' ');
        return space < 0 ? rowLabel : rowLabel.substring(0, space);
    }

    @Override
    public String toString() { return key + "=" + (known ? value : "?"); }
}
