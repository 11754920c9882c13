package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.store.Archive;
import nianbao.store.AuditRecord;
import nianbao.store.Body;
import nianbao.store.Decisions;
import nianbao.store.ReportRow;
import nianbao.store.StoredFinding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON the pages (and scripts) read: the list of reports, one report, one agency across years. */
final class Views {
    private final Archive archive;
    private final Decisions decisions;
    private final Documents documents;

    Views(Archive archive, Decisions decisions, Documents documents) {
        this.archive = archive;
        this.decisions = decisions;
        this.documents = documents;
    }

    /** Every report with its latest version. */
    ArrayNode reports(List<Body> roster) {
        Map<Long, Body> bodies = new HashMap<>();
        for (Body b : roster) bodies.put(b.id(), b);
        ArrayNode out = ResultJson.JSON.createArrayNode();
        for (ReportRow r : archive.reports()) out.add(row(r, bodies.get(r.bodyId())));
        return out;
    }

    ObjectNode row(ReportRow r, Body body) {
        ObjectNode o = ResultJson.JSON.createObjectNode();
        AuditRecord a = r.latest();
        o.put("id", r.id());
        o.put("agency", r.agency() != null ? r.agency() : a.fileName());
        o.put("agencyKey", r.agencyKey());
        if (r.year() == null) o.putNull("year"); else o.put("year", r.year());
        o.put("versions", r.versions());
        o.set("latest", audit(a));
        if (body != null) o.set("body", body(body));
        return o;
    }

    static ObjectNode audit(AuditRecord a) {
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("auditId", a.id());
        o.put("version", a.version());
        o.put("file", a.fileName());
        o.put("uploadedAt", a.uploadedAt().toString());
        o.put("verdict", a.verdict());
        o.put("agencyKind", a.agencyKind());
        o.put("kindSource", a.kindSource());
        o.put("date", a.date() == null ? null : a.date().toString());
        ObjectNode counts = o.putObject("counts");
        counts.put("ERROR", a.errors());
        counts.put("WARNING", a.warnings());
        counts.put("INFO", a.infos());
        o.put("rulesDigest", a.rulesDigest());
        o.put("hasOriginal", a.sha256() != null);
        return o;
    }

    static ObjectNode body(Body b) {
        ObjectNode o = ResultJson.JSON.createObjectNode();
        o.put("id", b.id());
        o.put("name", b.name());
        o.put("kind", b.kind());
        o.put("region", b.region());
        o.put("parent", b.parent());
        return o;
    }

    /**
     * One report at one version (default the latest): the contract's object, each finding with its
     * fingerprint, change against the previous version and decision, the findings of the previous
     * version no longer there (resolved), the versions, and the document's lines.
     */
    Optional<ObjectNode> report(long reportId, Long auditId, List<Body> roster) {
        Optional<ReportRow> row = archive.report(reportId);
        if (row.isEmpty()) return Optional.empty();
        List<AuditRecord> versions = archive.versions(reportId);
        AuditRecord shown = auditId == null ? row.get().latest()
                : versions.stream().filter(v -> v.id() == auditId).findFirst().orElse(null);
        if (shown == null) return Optional.empty();
        Body body = roster.stream().filter(b -> row.get().bodyId() != null && b.id() == row.get().bodyId()).findFirst().orElse(null);
        ObjectNode o = row(row.get(), body);
        o.set("audit", audit(shown));
        ArrayNode vs = o.putArray("history");
        for (AuditRecord v : versions) vs.add(audit(v));
        JsonNode result = parse(archive.resultJson(shown.id()).orElseThrow());
        o.set("result", result);
        Map<String, Decisions.Decision> decided = decisions.of(reportId);
        List<StoredFinding> stored = archive.findings(shown.id());
        ArrayNode findings = o.putArray("findings");
        int i = 0;
        for (JsonNode f : result.path("findings")) {
            ObjectNode x = ((ObjectNode) f).deepCopy();
            StoredFinding s = i < stored.size() ? stored.get(i) : null;
            i++;
            if (s == null) continue;
            x.put("fingerprint", s.fingerprint());
            x.put("change", s.change().name());
            x.put("changeText", s.change().chinese());
            putDecision(x, decided.get(s.fingerprint()));
            findings.add(x);
        }
        // resolved: in the previous version, not in this one
        ArrayNode resolved = o.putArray("resolved");
        AuditRecord previous = null;
        for (AuditRecord v : versions) if (v.version() == shown.version() - 1) previous = v;
        if (previous != null) {
            java.util.Set<String> now = new java.util.HashSet<>();
            for (StoredFinding s : stored) now.add(s.fingerprint());
            List<StoredFinding> before = archive.findings(previous.id());
            JsonNode prevResult = parse(archive.resultJson(previous.id()).orElseThrow());
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (StoredFinding s : before) {
                if (now.contains(s.fingerprint()) || seen.put(s.fingerprint(), true) != null) continue;
                ObjectNode x = ((ObjectNode) prevResult.path("findings").get(s.ord())).deepCopy();
                x.put("fingerprint", s.fingerprint());
                x.put("change", StoredFinding.Change.RESOLVED.name());
                x.put("changeText", StoredFinding.Change.RESOLVED.chinese());
                putDecision(x, decided.get(s.fingerprint()));
                resolved.add(x);
            }
        }
        o.set("lines", documents.lines(shown));
        return Optional.of(o);
    }

    private static void putDecision(ObjectNode x, Decisions.Decision d) {
        if (d == null) return;
        x.put("decision", d.kind().name());
        x.put("decisionText", d.kind().chinese());
        x.put("comment", d.comment());
        x.put("decidedAt", d.decidedAt().toString());
    }

    /** An agency's reports by year: each year's latest version with its cells, for the side-by-side page. */
    ArrayNode agency(String agencyKey) {
        ArrayNode out = ResultJson.JSON.createArrayNode();
        List<ReportRow> rows = new java.util.ArrayList<>(archive.ofAgency(agencyKey));
        rows.sort(java.util.Comparator.comparing(r -> r.year() == null ? 0 : r.year()));
        for (ReportRow r : rows) {
            ObjectNode o = row(r, null);
            JsonNode result = parse(archive.resultJson(r.latest().id()).orElseThrow());
            o.set("cells", result.path("cells"));
            ArrayNode cross = o.putArray("crossYear");
            for (JsonNode f : result.path("findings")) if (f.path("rule").asText().startsWith("XY-")) cross.add(f);
            ArrayNode notAssessed = o.putArray("notAssessed");
            for (JsonNode n : result.path("notAssessed")) if (n.path("rule").asText().startsWith("XY-")) notAssessed.add(n);
            out.add(o);
        }
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return ResultJson.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
