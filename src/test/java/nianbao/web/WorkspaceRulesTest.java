package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.TestSupport;
import nianbao.pipeline.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reloading the rules after an edit: a broken edit keeps the old rules and says where; a good one is used. */
class WorkspaceRulesTest {
    @TempDir
    Path tmp;
    Harness h;

    @AfterEach
    void stop() {
        if (h != null) h.close();
    }

    @Test
    void aBrokenRuleFileKeepsTheOldRulesAndAGoodEditIsUsed() throws Exception {
        Path rules = TestSupport.copyOfRules(tmp.resolve("rules"));
        String original = TestSupport.rules().digest();
        h = new Harness(tmp.resolve("data"), rules, TestSupport.rules(), Limits.DEFAULTS, 500L << 20);
        assertEquals(original, h.getJson("/api/rules").get("digest").asText());

        Files.writeString(rules.resolve("zz-broken.drl"), "package nianbao.rules.zz;\n\nrule \"broken\"\nwhen\n  this is not drl\nthen\nend\n");
        HttpResponse<String> failed = h.send("POST", "/api/rules/reload", null, null);
        assertEquals(422, failed.statusCode());
        JsonNode body = Harness.JSON.readTree(failed.body());
        assertFalse(body.get("ok").asBoolean());
        assertTrue(body.get("errors").toString().contains("zz-broken.drl:"), body.toString());
        assertEquals(original, h.getJson("/api/rules").get("digest").asText(), "the old rules stay in use");
        JsonNode stillOld = h.uploadJson(Harness.Part.of(WorkspaceApiTest.V2));
        assertEquals(original, stillOld.at("/tool/rulesDigest").asText());
        assertEquals("WARNING", severityOf(stillOld.at("/reports/0"), "CELL-BLANK"));

        Files.delete(rules.resolve("zz-broken.drl"));
        Files.writeString(rules.resolve("config.yaml"), Files.readString(rules.resolve("config.yaml"))
                .replace("severity: {}", "severity: {CELL-BLANK: INFO}"));
        HttpResponse<String> ok = h.send("POST", "/api/rules/reload", null, null);
        assertEquals(200, ok.statusCode(), ok.body());
        String fresh = Harness.JSON.readTree(ok.body()).get("digest").asText();
        assertNotEquals(original, fresh);
        JsonNode now = h.uploadJson(Harness.Part.of(WorkspaceApiTest.V2));
        assertEquals(fresh, now.at("/tool/rulesDigest").asText());
        assertEquals("INFO", severityOf(now.at("/reports/0"), "CELL-BLANK"));
        // each stored audit names the rule set that produced it
        JsonNode view = h.getJson("/api/reports/" + now.at("/reports/0/workspace/reportId").asLong());
        assertEquals(original, view.at("/history/0/rulesDigest").asText());
        assertEquals(fresh, view.at("/history/1/rulesDigest").asText());

        // the folder gone: not a rule-file error, still a failed reload with its reason, the rules in use kept
        try (var files = Files.walk(rules)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        HttpResponse<String> gone = h.send("POST", "/api/rules/reload", null, null);
        assertEquals(422, gone.statusCode(), gone.body());
        assertFalse(Harness.JSON.readTree(gone.body()).get("errors").isEmpty(), gone.body());
        assertEquals(fresh, h.getJson("/api/rules").get("digest").asText());
    }

    private static String severityOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f.get("severity").asText();
        throw new AssertionError(rule + " not in " + report.get("findings"));
    }
}
