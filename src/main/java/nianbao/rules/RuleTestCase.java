package nianbao.rules;

import java.util.List;

/**
 * A rule test case of rules/tests/*.yaml: a report (path relative to the YAML file), optionally
 * changed by text replacements before the audit (find → replace, first occurrence), the rule ids
 * that must be found and those that must not.
 */
public record RuleTestCase(String name, String report, List<List<String>> replace, List<String> expect,
                           List<String> notExpect) {

    /** The report's text with the replacements made; null when a replacement finds nothing. */
    public String apply(String text) {
        if (replace == null) return text;
        String out = text;
        for (List<String> r : replace) {
            int at = out.indexOf(r.get(0));
            if (at < 0) return null;
            out = out.substring(0, at) + r.get(1) + out.substring(at + r.get(0).length());
        }
        return out;
    }

    public List<String> expect() { return expect == null ? List.of() : expect; }

    public List<String> notExpect() { return notExpect == null ? List.of() : notExpect; }
}
