package nianbao.facts;

import nianbao.findings.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of tables 三 and 四 (requests, appeals) compared with the same agency's report of the
 * year before: how many cells are non-zero in either, and whether every one of them is the same in
 * both (XY-SAME-DATA). Cells not read in either report are left out; a blank counts as 0.
 */
public final class DataComparison {
    private final int nonZero, differing;
    private final String priorFile;
    private final Integer priorYear;
    private final Location location;

    public DataComparison(int nonZero, int differing, String priorFile, Integer priorYear, Location location) {
        this.nonZero = nonZero; this.differing = differing; this.priorFile = priorFile; this.priorYear = priorYear;
        this.location = location;
    }

    public static DataComparison of(List<CellFact> current, List<CellFact> prior, String priorFile, Integer priorYear) {
        Map<String, CellFact> before = new java.util.HashMap<>();
        for (CellFact c : prior) before.put(c.getKey(), c);
        int nonZero = 0, differing = 0;
        List<String> keys = new ArrayList<>();
        CellFact first = null;
        for (CellFact c : current) {
            if (!c.getTable().equals("requests") && !c.getTable().equals("appeals")) continue;
            CellFact p = before.get(c.getKey());
            if (p == null || !(c.isKnown() || c.isBlank()) || !(p.isKnown() || p.isBlank())) continue;
            double a = c.isKnown() ? c.getValue() : 0, b = p.isKnown() ? p.getValue() : 0;
            if (a == 0 && b == 0) continue;
            nonZero++;
            if (a != b) differing++;
            keys.add(c.getKey());
            if (first == null) first = c;
        }
        Location loc = first == null ? Location.NONE : first.location().withCells(keys);
        return new DataComparison(nonZero, differing, priorFile, priorYear, loc);
    }

    /** Cells non-zero in this report or in the prior one. */
    public int getNonZero() { return nonZero; }
    /** Of those, the cells whose figure changed. */
    public int getDiffering() { return differing; }
    public boolean isIdentical() { return differing == 0; }
    public String getPriorFile() { return priorFile; }
    public Integer getPriorYear() { return priorYear; }
    public Location location() { return location; }
}
