package nianbao.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.extract.Document;
import nianbao.pipeline.InputFile;
import nianbao.store.AuditRecord;
import nianbao.store.Originals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a stored original as the auditor read it (extracted and normalised), line by line with
 * page and line on the page, so the report page can show the prose and mark the lines findings name.
 * Read by the auditor in use, within its time limit; kept in memory for the last few originals shown.
 */
final class Documents {
    private static final int CACHED = 16;

    private final Originals originals;
    private final RulesHolder rules;
    private final Map<String, ArrayNode> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayNode> e) { return size() > CACHED; }
    };

    Documents(Originals originals, RulesHolder rules) {
        this.originals = originals;
        this.rules = rules;
    }

    /** [{n, page, line, text}], empty when the original is missing or cannot be read. */
    ArrayNode lines(AuditRecord a) {
        ArrayNode out = ResultJson.JSON.createArrayNode();
        if (a.sha256() == null) return out;
        synchronized (cache) {
            ArrayNode hit = cache.get(a.sha256());
            if (hit != null) return hit;
        }
        byte[] bytes = originals.get(a.sha256());
        if (bytes == null) return out;
        Document doc = rules.current().auditor().read(InputFile.of(a.fileName(), bytes));
        if (doc == null) return out; // why is in the log
        for (Document.Line l : doc.lines()) {
            ObjectNode o = out.addObject();
            o.put("n", l.number());
            if (l.page() != null) o.put("page", l.page());
            o.put("line", l.pageLine());
            o.put("text", l.text());
        }
        synchronized (cache) {
            cache.put(a.sha256(), out);
        }
        return out;
    }
}
