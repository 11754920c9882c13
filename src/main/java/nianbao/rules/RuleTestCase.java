package nianbao.rules;

import java.util.List;

/**
 * A rule test case of rules/tests/*.yaml: a report (path relative to the YAML file), the rule ids
 * that must be found and those that must not.
 */
public record RuleTestCase(String name, String report, List<String> expect, List<String> notExpect) {

    public List<String> expect() { return expect == null ? List.of() : expect; }

    public List<String> notExpect() { return notExpect == null ? List.of() : notExpect; }
}
