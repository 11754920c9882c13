package nianbao.rules;

import nianbao.findings.Severity;

/** A rule's metadata as declared in its DRL file (@id, @severity, @source), and where it is. */
public record RuleMeta(String id, Severity severity, String source, String file) {}
