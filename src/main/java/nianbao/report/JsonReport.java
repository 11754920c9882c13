package nianbao.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.Severity;
import nianbao.parse.CellRead;
import nianbao.pipeline.AuditResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of shared/spec/json-output.md. Built from ordered maps so the same audit always gives the
 * same bytes (apart from {@code tool}).
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {}

    public static void write(OutputStream out, Tool tool, List<AuditResult> results) throws IOException {
        try (Writer w = new Writer(out, tool)) {
            for (AuditResult r : results) w.add(r);
        }
    }

    /**
     * The JSON written as results come, one report at a time, so a batch of any size needs no more
     * memory than one report; the same bytes as writing the whole list at once. Closing ends the
     * document (it does not close {@code out}).
     */
    public static final class Writer implements AutoCloseable {
        private final JsonGenerator gen;

        public Writer(OutputStream out, Tool tool) throws IOException {
            gen = JSON.getFactory().createGenerator(out);
            gen.setCodec(JSON);
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", tool.name());
            t.put("version", tool.version());
            t.put("rulesDigest", tool.rulesDigest());
            gen.writeObjectField("tool", t);
            gen.writeArrayFieldStart("reports");
        }

        public void add(AuditResult r) throws IOException {
            gen.writeObject(report(r));
        }

        @Override
        public void close() throws IOException {
            if (gen.isClosed()) return;
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        }

        /**
         * Stops without ending the document (a batch that failed): what was written stays as it is,
         * visibly incomplete, rather than a complete-looking document that lacks reports.
         */
        public void abandon() throws IOException {
            if (gen.isClosed()) return;
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            gen.close();
        }
    }

    /** Name, version and rule digest of the run. */
    public record Tool(String name, String version, String rulesDigest) {}

    /** One report's object of the contract, as ordered maps and lists (what {@link Writer#add} writes). */
    public static Map<String, Object> report(AuditResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("sha256", r.sha256());
        m.put("verdict", r.verdict().code());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("agency", r.meta() == null ? null : r.meta().agency());
        meta.put("year", r.meta() == null ? null : r.meta().year());
        meta.put("date", r.meta() == null || r.meta().date() == null ? null : r.meta().date().toString());
        meta.put("format", r.meta() == null ? null : r.meta().format());
        meta.put("agencyKind", r.meta() == null ? null : r.meta().agencyKind());
        m.put("meta", meta);
        m.put("cells", cells(r.cells()));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) counts.put(s.name(), r.count(s));
        m.put("counts", counts);
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) findings.add(finding(f));
        m.put("findings", findings);
        List<Object> notAssessed = new ArrayList<>();
        for (var n : r.notAssessed()) {
            Map<String, Object> na = new LinkedHashMap<>();
            na.put("rule", n.rule());
            na.put("reason", n.reason());
            notAssessed.add(na);
        }
        m.put("notAssessed", notAssessed);
        return m;
    }

    /** Numbers as read; blanks as null; unread cells left out. */
    private static Map<String, Object> cells(Map<String, CellRead> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (cells == null) return out;
        for (CellRead c : cells.values()) {
            if (c.state() == CellRead.State.NUMBER) out.put(c.key(), number(c));
            else if (c.state() == CellRead.State.BLANK) out.put(c.key(), null);
        }
        return out;
    }

    private static Object number(CellRead c) {
        double v = c.value();
        boolean decimal = c.raw() != null && c.raw().contains(".") || c.key().endsWith(".amount");
        return decimal ? (Object) v : (Object) (long) v;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().name());
        m.put("message", f.message());
        m.put("location", location(f.location()));
        m.put("source", f.source());
        if (f.left() != null) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("left", f.left());
            v.put("right", f.right());
            v.put("difference", f.difference());
            m.put("values", v);
        }
        return m;
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "section", l.section());
        putIfPresent(m, "table", l.table());
        if (!l.cells().isEmpty()) m.put("cells", l.cells());
        putIfPresent(m, "row", l.row());
        putIfPresent(m, "column", l.column());
        putIfPresent(m, "page", l.page());
        putIfPresent(m, "line", l.line());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String k, Object v) {
        if (v != null) m.put(k, v);
    }
}
