package nianbao.parse;

import java.util.List;

/**
 * A number the prose states about the agency's own work, for the narrative rules to hold against the
 * tables. Kinds: "count" (subject names what is counted: new, carried_over, concluded, carried_forward,
 * granted, partial, granted_partial, withheld, unavailable, not_processed, other, review, litigation,
 * normative.issued, rules.in_force, …; percent the stated share or NaN), "no-requests" ("未收到…申请"),
 * "enum" ("共X条，其中a条、b条…": value X, parts a, b…, complete when the sentence presents the parts as
 * the whole), "fee" (信息处理费 collected, value in 元).
 *
 * @param label the words of the prose that name the quantity
 */
public record Claim(String kind, String subject, String label, double value, double percent,
                    List<Double> parts, boolean complete, String sentence, int section, int line) {

    public Claim {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    static Claim count(String subject, String label, double value, double percent, Sentence s) {
        return new Claim("count", subject, label, value, percent, null, false, s.text(), s.section(), s.line());
    }

    /** A sentence of prose: its text without white space, section and first line. */
    record Sentence(String text, int section, int line, String previous) {}
}
