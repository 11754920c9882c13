package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.NotAssessed;
import nianbao.findings.Severity;
import nianbao.findings.Verdict;
import nianbao.parse.CellRead;
import nianbao.parse.Metadata;
import nianbao.pipeline.AuditResult;
import nianbao.report.JsonReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's object of the JSON contract (shared/spec/json-output.md), written by {@link JsonReport}
 * so the workspace answers exactly what the command line writes; and back from that object to an
 * {@link AuditResult} with what the exports need (meta, cells, findings with their fingerprints
 * unchanged, rules not assessed).
 */
public final class ResultJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {}

    /** The report's object of the contract. */
    public static ObjectNode of(AuditResult r) {
        return JSON.valueToTree(JsonReport.report(r));
    }

    /** The result a stored object stands for. */
    public static AuditResult toResult(JsonNode m) {
        JsonNode meta = m.get("meta");
        Metadata md = null;
        if (meta != null && !meta.isNull() && (text(meta, "agency") != null || meta.hasNonNull("year"))) {
            String date = text(meta, "date");
            md = new Metadata(null, null, text(meta, "agency"), text(meta, "agencyKind"),
                    meta.hasNonNull("year") ? meta.get("year").asInt() : null,
                    date == null ? null : LocalDate.parse(date), date, null, null, text(meta, "format"),
                    false, false, false, List.of(), List.of());
        }
        Map<String, CellRead> cells = null;
        JsonNode c = m.get("cells");
        if (c != null && c.size() > 0) {
            cells = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                var e = it.next();
                cells.put(e.getKey(), e.getValue().isNull()
                        ? new CellRead(e.getKey(), CellRead.State.BLANK, null, null, null, null)
                        : new CellRead(e.getKey(), CellRead.State.NUMBER, e.getValue().asDouble(), e.getValue().asText(), null, null));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : m.path("findings")) findings.add(finding(f));
        List<NotAssessed> notAssessed = new ArrayList<>();
        for (JsonNode n : m.path("notAssessed")) notAssessed.add(new NotAssessed(text(n, "rule"), text(n, "reason")));
        Verdict verdict = Verdict.valueOf(m.get("verdict").asText().replace('-', '_'));
        return new AuditResult(text(m, "file"), text(m, "sha256"), verdict, md, cells, findings, Map.of(), List.of(), notAssessed);
    }

    public static Finding finding(JsonNode f) {
        JsonNode l = f.path("location");
        List<String> cells = new ArrayList<>();
        for (JsonNode k : l.path("cells")) cells.add(k.asText());
        Location loc = new Location(integer(l, "section"), text(l, "table"), cells, text(l, "row"), text(l, "column"),
                integer(l, "page"), integer(l, "line"));
        JsonNode v = f.get("values");
        Double left = v == null || v.get("left") == null || v.get("left").isNull() ? null : v.get("left").asDouble();
        Double right = v == null || v.get("right") == null || v.get("right").isNull() ? null : v.get("right").asDouble();
        return new Finding(text(f, "rule"), Severity.valueOf(text(f, "severity")), text(f, "message"), loc,
                text(f, "source"), left, right);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
