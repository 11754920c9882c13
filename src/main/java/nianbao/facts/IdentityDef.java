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
                          String leftName, String rightName, List<String> left, List<String> right) {}
