package nianbao.rules;

import nianbao.findings.Severity;

/**
 * A rule's metadata as declared in its DRL file (@id, @severity, @source, @check: what it checks, for
 * the published catalogue), the rule's name and the file it is in. An @internal rule prepares facts for
 * other rules and makes no finding: it has no id and is left out of the catalogue.
 */
public record RuleMeta(String id, Severity severity, String source, String check, String name, String file,
                       boolean internal) {}
