package nianbao.findings;

import java.util.Objects;

/**
 * One finding: which rule, how severe, what is wrong in words (Chinese, with the numbers), where,
 * and the legal source. For arithmetic findings the two sides and their difference are kept as
 * numbers too, so exporters and tests need not read them out of the message.
 */
public record Finding(String rule, Severity severity, String message, Location location, String source,
                      Double left, Double right) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.NONE : location;
        source = source == null ? "" : source;
    }

    public static Finding of(String rule, Severity severity, String message, Location location, String source) {
        return new Finding(rule, severity, message, location, source, null, null);
    }

    public Double difference() {
        return left == null || right == null ? null : left - right;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, message, location, source, left, right);
    }

    /** Compact form for tests: {@code REQUESTS-COLUMN-BALANCE ERROR §3 requests[requests.new.total] L57}. */
    @Override
    public String toString() {
        String where = location.toString();
        return rule + " " + severity + (where.isEmpty() ? "" : " " + where);
    }
}
