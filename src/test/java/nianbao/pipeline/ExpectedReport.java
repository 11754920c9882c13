package nianbao.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.parse.CellRead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares an audit with an expected-report JSON: verdict, the exact set of rule ids, metadata, and
 * every cell (a number, "blank", or "unknown" for a cell that must not be read as a value).
 */
final class ExpectedReport {
    private ExpectedReport() {}

    static void check(String name, JsonNode expected, AuditResult actual) {
        List<String> problems = new ArrayList<>();
        String verdict = expected.path("verdict").asText();
        if (!verdict.equals(actual.verdict().code())) problems.add("verdict " + actual.verdict().code() + ", expected " + verdict);
        TreeSet<String> want = new TreeSet<>();
        expected.path("findings").forEach(n -> want.add(n.asText()));
        TreeSet<String> got = new TreeSet<>();
        actual.findings().forEach(f -> got.add(f.rule()));
        if (!want.equals(got)) problems.add("findings " + got + ", expected " + want + "\n    " + String.join("\n    ",
                actual.findings().stream().map(f -> f + " " + f.message()).toList()));
        JsonNode meta = expected.path("meta");
        if (!meta.isMissingNode()) {
            meta.fields().forEachRemaining(e -> {
                String got1 = metaField(actual, e.getKey());
                String want1 = e.getValue().isNull() ? null : e.getValue().asText();
                if (want1 == null ? got1 != null : !want1.equals(got1)) problems.add("meta." + e.getKey() + " " + got1 + ", expected " + want1);
            });
        }
        JsonNode cells = expected.path("cells");
        if (!cells.isMissingNode()) {
            int checked = 0;
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) cells::fields) {
                checked++;
                String problem = cellProblem(e.getKey(), e.getValue(), actual.cells() == null ? null : actual.cells().get(e.getKey()));
                if (problem != null) problems.add(problem);
            }
            assertTrue(checked >= 200 || !"2021".equals(meta.path("format").asText()), name + ": expected file lists only " + checked + " cells");
        }
        assertEquals(List.of(), problems, name);
    }

    private static String cellProblem(String key, JsonNode want, CellRead got) {
        CellRead.State state = got == null ? CellRead.State.ABSENT : got.state();
        if (want.isNumber()) {
            if (state != CellRead.State.NUMBER || Math.abs(got.value() - want.asDouble()) > 1e-9) {
                return key + " read as " + (got == null ? "absent" : state + " " + got.value() + " '" + got.raw() + "'") + ", expected " + want;
            }
        } else if ("blank".equals(want.asText())) {
            if (state != CellRead.State.BLANK) return key + " read as " + state + ", expected blank";
        } else if ("unknown".equals(want.asText())) {
            if (state == CellRead.State.NUMBER || state == CellRead.State.BLANK) return key + " read as " + state + " " + got.value() + ", expected unknown";
        } else {
            return key + ": bad expectation " + want;
        }
        return null;
    }

    private static String metaField(AuditResult r, String field) {
        if (r.meta() == null) return null;
        Object v = switch (field) {
            case "agency" -> r.meta().agency();
            case "year" -> r.meta().year();
            case "date" -> r.meta().date();
            case "format" -> r.meta().format();
            case "agencyKind" -> r.meta().agencyKind();
            default -> "unknown field " + field;
        };
        return v == null ? null : v.toString();
    }
}
