package nianbao.pipeline;

import nianbao.findings.Finding;
import nianbao.findings.NotAssessed;
import nianbao.findings.Verdict;
import nianbao.parse.CellRead;
import nianbao.parse.Metadata;

import java.util.List;
import java.util.Map;

/**
 * The audit of one file: what was read (metadata and cells, null when the file could not be read)
 * and the findings with the verdict that follows from them.
 */
public record AuditResult(String file, String sha256, Verdict verdict, Metadata meta,
                          Map<String, CellRead> cells, List<Finding> findings, List<NotAssessed> notAssessed) {

    public AuditResult(String file, String sha256, Verdict verdict, Metadata meta, Map<String, CellRead> cells,
                       List<Finding> findings) {
        this(file, sha256, verdict, meta, cells, findings, List.of());
    }

    public long count(nianbao.findings.Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The agency for display: as read, else the file name. */
    public String agencyOrFile() {
        return meta != null && meta.agency() != null ? meta.agency() : file;
    }
}
