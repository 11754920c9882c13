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

    /**
     * A stable identity of this finding across re-audits of the same agency's report: the rule, the
     * cells it names and its two numbers; for a finding without cells, the rule, the section and the
     * message without line numbers. A corrected figure gives a new fingerprint; a moved paragraph
     * does not. 16 hex digits.
     */
    public String fingerprint() {
        String what = location.cells().isEmpty()
                ? location.section() + "|" + location.table() + "|" + LINE_REFERENCE.matcher(message).replaceAll("")
                : String.join(",", new java.util.TreeSet<>(location.cells()));
        String key = rule + "|" + what + "|" + left + "|" + right;
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    private static final java.util.regex.Pattern LINE_REFERENCE = java.util.regex.Pattern.compile("第[0-9]+[页行]");

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
