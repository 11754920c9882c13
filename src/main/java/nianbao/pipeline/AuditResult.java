package nianbao.pipeline;

import nianbao.facts.SectionText;
import nianbao.findings.Finding;
import nianbao.findings.NotAssessed;
import nianbao.findings.Verdict;
import nianbao.parse.CellRead;
import nianbao.parse.Metadata;
import nianbao.parse.TableRead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit of one file: what was read (metadata and cells, null when the file could not be read)
 * and the findings with the verdict that follows from them. For the batch-level rules
 * ({@link CrossReports}) it also keeps the tables as read and the prose of sections 一 and 五
 * (empty when the file could not be read).
 */
public record AuditResult(String file, String sha256, Verdict verdict, Metadata meta,
                          Map<String, CellRead> cells, List<Finding> findings,
                          Map<String, TableRead> tables, List<SectionText> texts, List<NotAssessed> notAssessed) {

    public AuditResult {
        tables = tables == null ? Map.of() : tables;
        texts = texts == null ? List.of() : List.copyOf(texts);
        notAssessed = notAssessed == null ? List.of() : List.copyOf(notAssessed);
    }

    /** A result without what the batch-level rules need (an unreadable file). */
    public AuditResult(String file, String sha256, Verdict verdict, Metadata meta,
                       Map<String, CellRead> cells, List<Finding> findings) {
        this(file, sha256, verdict, meta, cells, findings, Map.of(), List.of(), List.of());
    }

    public long count(nianbao.findings.Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The agency for display: as read, else the file name. */
    public String agencyOrFile() {
        return meta != null && meta.agency() != null ? meta.agency() : file;
    }

    /** The prose of section {@code number} (一 or 五), or null when it was not read. */
    public SectionText text(int number) {
        for (SectionText t : texts) if (t.getNumber() == number) return t;
        return null;
    }

    /** This result with more findings (of the batch-level rules), in the stable order, and the verdict that follows. */
    public AuditResult withMore(List<Finding> more, List<NotAssessed> moreNotAssessed) {
        if (more.isEmpty() && moreNotAssessed.isEmpty()) return this;
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        List<Finding> sorted = Auditor.sorted(all);
        List<NotAssessed> notYet = new ArrayList<>(notAssessed);
        notYet.addAll(moreNotAssessed);
        return new AuditResult(file, sha256, Verdict.of(sorted, verdict != Verdict.NOT_ASSESSABLE), meta, cells,
                sorted, tables, texts, notYet);
    }
}
