package nianbao.rules;

import nianbao.findings.Severity;

/**
 * A rule's metadata as declared in its DRL file (@id, @severity, @source, @check: what it checks, for
 * the published catalogue), the rule's name and the file it is in.
 */
public record RuleMeta(String id, Severity severity, String source, String check, String name, String file) {}
