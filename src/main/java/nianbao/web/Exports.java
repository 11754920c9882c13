package nianbao.web;

import nianbao.pipeline.AuditResult;
import nianbao.report.Reviews;
import nianbao.report.XlsxReport;
import nianbao.store.Archive;
import nianbao.store.Decisions;
import nianbao.store.ReportRow;
import nianbao.store.StoredFinding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's workbook of the archive: the latest version of each report asked for (all by
 * default), with the decisions, comments and how each finding stands against the previous version
 * (the columns 审查结论, 审查说明, 与上次审查相比 of {@link XlsxReport}).
 */
final class Exports {
    private final Archive archive;
    private final Decisions decisions;

    Exports(Archive archive, Decisions decisions) {
        this.archive = archive;
        this.decisions = decisions;
    }

    void xlsx(OutputStream out, Collection<Long> reportIds) throws IOException {
        List<ReportRow> rows = new ArrayList<>(archive.reports());
        if (reportIds != null && !reportIds.isEmpty()) rows.removeIf(r -> !reportIds.contains(r.id()));
        rows.sort(java.util.Comparator.comparing((ReportRow r) -> r.agency() == null ? "" : r.agency())
                .thenComparing(r -> r.year() == null ? 0 : r.year()));
        List<AuditResult> results = new ArrayList<>();
        Map<AuditResult, Long> reportOf = new IdentityHashMap<>();
        Map<AuditResult, Map<String, StoredFinding.Change>> changes = new IdentityHashMap<>();
        Map<Long, Map<String, Decisions.Decision>> decided = new HashMap<>();
        for (ReportRow r : rows) {
            AuditResult res = ResultJson.toResult(Views.parse(archive.resultJson(r.latest().id()).orElseThrow()));
            results.add(res);
            reportOf.put(res, r.id());
            Map<String, StoredFinding.Change> ch = new HashMap<>();
            for (StoredFinding f : archive.findings(r.latest().id())) ch.put(f.fingerprint(), f.change());
            changes.put(res, ch);
            decided.put(r.id(), decisions.of(r.id()));
        }
        Reviews reviews = (report, finding) -> {
            Long id = reportOf.get(report);
            if (id == null) return null;
            String fp = finding.fingerprint();
            Decisions.Decision d = decided.get(id).get(fp);
            StoredFinding.Change c = changes.get(report).get(fp);
            return new Reviews.Review(d == null ? null : d.kind().chinese(), d == null ? null : d.comment(),
                    c == null ? null : c.chinese());
        };
        XlsxReport.write(out, results, reviews);
    }
}
