package nianbao.facts;

import nianbao.findings.Location;

import java.util.List;

/** A canonical cell as the rules see it. {@code value} is meaningful only when {@link #isKnown()}. */
public final class CellFact {
    private final String key, table, row, column, rowLabel, columnLabel, state, raw;
    private final double value;
    private final int section, order;
    private final Integer page, line;

    public CellFact(int order, String key, String table, String row, String column, String rowLabel, String columnLabel,
                    int section, String state, Double value, String raw, Integer page, Integer line) {
        this.order = order;
        this.key = key; this.table = table; this.row = row; this.column = column;
        this.rowLabel = rowLabel; this.columnLabel = columnLabel; this.section = section;
        this.state = state; this.value = value == null ? Double.NaN : value; this.raw = raw;
        this.page = page; this.line = line;
    }

    /** Position in template order. */
    public int getOrder() { return order; }

    /** The cells sorted in template order (a rule's collected list comes in any order). */
    public static List<CellFact> inOrder(List<?> cells) {
        List<CellFact> out = new java.util.ArrayList<>();
        for (Object o : cells) out.add((CellFact) o);
        out.sort(java.util.Comparator.comparingInt(CellFact::getOrder));
        return out;
    }

    public String getKey() { return key; }
    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public String getRowLabel() { return rowLabel; }
    public String getColumnLabel() { return columnLabel; }
    public int getSection() { return section; }
    /** NUMBER, BLANK, UNREADABLE, INVALID or ABSENT. */
    public String getState() { return state; }
    public double getValue() { return value; }
    public String getRaw() { return raw; }
    public Integer getLine() { return line; }
    public Integer getPage() { return page; }
    public boolean isKnown() { return "NUMBER".equals(state); }
    public boolean isBlank() { return "BLANK".equals(state); }

    /** Number of decimal places as written ("0.123456" → 6). */
    public int getDecimals() {
        if (raw == null) return 0;
        int dot = raw.indexOf('.');
        return dot < 0 ? 0 : raw.length() - dot - 1;
    }

    public Location location() {
        return new Location(section, table, List.of(key), rowLabel, columnLabel, page, line);
    }

    @Override
    public String toString() { return key + "=" + (isKnown() ? value : state); }
}
