package nianbao.report;

import nianbao.findings.Finding;
import nianbao.pipeline.AuditResult;

/**
 * The reviewers' decisions on findings, for exporters: the workspace supplies them from its
 * archive; the command line has none.
 */
@FunctionalInterface
public interface Reviews {
    Reviews NONE = (report, finding) -> null;

    /** The decision on this finding of this report, or null when none was made. */
    Review of(AuditResult report, Finding finding);

    /**
     * A decision in words: {@code decision} 确认 or 驳回, the reviewer's comment, and how the finding
     * stands against the report's previous audit (新增, 未变), any of them null.
     */
    record Review(String decision, String comment, String change) {}
}
