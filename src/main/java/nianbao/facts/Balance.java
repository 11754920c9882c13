package nianbao.facts;

import nianbao.findings.Location;
import nianbao.findings.Numerals;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One instance of an identity of rules/identities.yaml evaluated on a report: the two sides as
 * terms with their values, and whether it could be assessed at all (every cell known or blank).
 * Blank cells count as 0 here; CELL-BLANK reports them separately.
 */
public final class Balance {

    /** A cell on one side of an identity: its label in the message, key and value. */
    public record Term(String label, String key, double value) {}

    private final String check, where, leftName, rightName;
    private final List<Term> left, right;
    private final boolean assessable;
    private final List<String> unknownCells;
    private final Location location;

    public Balance(String check, String where, String leftName, String rightName, List<Term> left,
                   List<Term> right, List<String> unknownCells, Location location) {
        this.check = check; this.where = where; this.leftName = leftName; this.rightName = rightName;
        this.left = List.copyOf(left); this.right = List.copyOf(right);
        this.unknownCells = List.copyOf(unknownCells); this.assessable = unknownCells.isEmpty();
        this.location = location;
    }

    public String getCheck() { return check; }
    public String getWhere() { return where; }
    public boolean isAssessable() { return assessable; }
    public List<String> getUnknownCells() { return unknownCells; }
    public double getLeft() { return sum(left); }
    public double getRight() { return sum(right); }
    public boolean isHolds() { return Math.abs(getLeft() - getRight()) < 1e-6; }
    public Location location() { return location; }

    /** "第三部分表格“总计”列：本年新收 7 + 上年结转 0 ≠ 办理结果总计 6 + 结转下年度 0，相差 1" */
    public String message() {
        return where + "：" + side(left, leftName) + " ≠ " + side(right, rightName)
                + "，相差 " + Numerals.plain(Math.abs(getLeft() - getRight()));
    }

    private static String side(List<Term> terms, String name) {
        if (name != null) {
            return name + " " + Numerals.plain(sum(terms));
        }
        return terms.stream().map(t -> t.label() + " " + Numerals.plain(t.value())).collect(Collectors.joining(" + "));
    }

    private static double sum(List<Term> terms) {
        double s = 0;
        for (Term t : terms) s += t.value();
        return s;
    }
}
