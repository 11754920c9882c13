package nianbao.facts;

import java.util.List;
import java.util.Map;

/**
 * An identity of rules/identities.yaml: the rule that reports a break, what it runs over, and the
 * cell keys of both sides. In keys and in {@code where}, {@code {c}} (or any name given in
 * {@code forEach}) stands for each value in turn; in {@code where} it is replaced by the label.
 * {@code forEach} values are a list, or "columns"/"rows" of the table. A key with {@code *} stands
 * for every template cell it matches, except those named on the other side.
 */
public record IdentityDef(String check, String table, Map<String, Object> forEach, String where,
                          String leftName, String rightName, List<String> left, List<String> right) {

    /** Keys of the same agency's report of the year before start with this (XY-CARRYOVER). */
    public static final String PRIOR = "prior.";

    /** Whether this identity spans two reports (a key refers to the prior year's report): checked after the batch. */
    public boolean acrossReports() {
        return java.util.stream.Stream.concat(left.stream(), right.stream()).anyMatch(k -> k.startsWith(PRIOR));
    }
}
