package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.TestSupport;
import nianbao.pipeline.Limits;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace's HTTP API on a free port with a temporary data directory. */
class WorkspaceApiTest {
    static final Path WS = Path.of("fixtures", "workspace");
    static final Path V1 = WS.resolve("qingshan-hrss-2023.txt");
    static final Path V2 = WS.resolve("qingshan-hrss-2023-corrected.txt");
    static final Path PRIOR = WS.resolve("qingshan-hrss-2022.txt");

    @TempDir
    Path tmp;
    Harness h;

    @AfterEach
    void stop() {
        if (h != null) h.close();
    }

    private Harness start() throws Exception {
        h = new Harness(tmp.resolve("data"));
        return h;
    }

    @Test
    void uploadAnswersTheJsonContractAndStoresTheReport() throws Exception {
        start();
        Path defect = Path.of("fixtures", "defects", "requests-column-balance.txt");
        byte[] bytes = Files.readAllBytes(defect);
        JsonNode root = h.uploadJson(Harness.Part.of(defect));
        assertEquals(TestSupport.rules().digest(), root.at("/tool/rulesDigest").asText());
        assertEquals(1, root.get("reports").size());
        JsonNode r = root.get("reports").get(0);
        assertEquals("requests-column-balance.txt", r.get("file").asText());
        assertEquals(nianbao.pipeline.Auditor.sha256(bytes), r.get("sha256").asText());
        assertEquals("FAIL", r.get("verdict").asText());
        assertEquals("青山市人力资源和社会保障局", r.at("/meta/agency").asText());
        assertEquals(2023, r.at("/meta/year").asInt());
        assertEquals("department", r.at("/meta/agencyKind").asText());
        assertEquals(52, r.at("/cells/requests.new.total").asInt());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            rules.add(f.get("rule").asText());
            assertTrue(f.has("severity") && f.has("message") && f.has("location") && f.has("source"), f.toString());
        }
        assertTrue(rules.contains("REQUESTS-COLUMN-BALANCE"), rules.toString());
        // the same report through the command line's writer: the same object (apart from the workspace's
        // additions), the archive searched for last year's report as well as the batch
        var audited = nianbao.pipeline.CrossReports.run(TestSupport.rules(),
                List.of(TestSupport.audit(defect.getFileName().toString(), bytes)), report -> null).get(0);
        assertTrue(r.at("/notAssessed/0/reason").asText().contains("审查档案"), r.at("/notAssessed").toString());
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        nianbao.report.JsonReport.write(written, new nianbao.report.JsonReport.Tool("x", "y", "z"), List.of(audited));
        JsonNode cli = Harness.JSON.readTree(written.toByteArray()).get("reports").get(0);
        JsonNode fromApi = r.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromApi).remove("workspace");
        assertEquals(cli, fromApi);

        long auditId = r.at("/workspace/auditId").asLong();
        JsonNode fetched = h.getJson("/api/audits/" + auditId);
        assertEquals(fromApi, fetched.get("reports").get(0));
        assertEquals(TestSupport.rules().digest(), fetched.at("/tool/rulesDigest").asText());
        JsonNode list = h.getJson("/api/reports");
        assertEquals(1, list.size());
        assertEquals("FAIL", list.get(0).at("/latest/verdict").asText());
        assertEquals(TestSupport.rules().digest(), list.get(0).at("/latest/rulesDigest").asText());
        HttpResponse<byte[]> original = h.getBytes("/api/audits/" + auditId + "/original");
        assertEquals(200, original.statusCode());
        assertArrayEquals(bytes, original.body());
        assertEquals(404, h.get("/api/reports/999").statusCode());
    }

    @Test
    void aZipOfReportsAndAnUnreadableFileEachGetAResult() throws Exception {
        start();
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            for (Path p : List.of(V1, Path.of("fixtures", "samples", "tab-qingshan-forestry.txt"))) {
                z.putNextEntry(new java.util.zip.ZipEntry("县/" + p.getFileName()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
            z.putNextEntry(new java.util.zip.ZipEntry("../../逃逸.txt"));
            z.write("随便写的一段话".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        JsonNode root = h.uploadJson(new Harness.Part("县里的报告.zip", zip.toByteArray()),
                new Harness.Part("broken.pdf", new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2}));
        Map<String, String> verdicts = new HashMap<>();
        for (JsonNode r : root.get("reports")) verdicts.put(r.get("file").asText(), r.get("verdict").asText());
        assertEquals("FAIL", verdicts.get("县里的报告.zip!/县/qingshan-hrss-2023.txt"), verdicts.toString());
        assertEquals("PASS", verdicts.get("县里的报告.zip!/县/tab-qingshan-forestry.txt"), verdicts.toString());
        assertEquals("NOT-ASSESSABLE", verdicts.get("broken.pdf"), verdicts.toString());
        assertEquals(4, verdicts.size(), verdicts.toString());
        assertEquals(4, h.getJson("/api/reports").size());
        assertOnlyWorkspaceFilesIn(h.data);
    }

    @Test
    void uploadedNamesNeverBecomePaths() throws Exception {
        start();
        byte[] bytes = Files.readAllBytes(V1);
        JsonNode root = h.uploadJson(new Harness.Part("../../x.txt", bytes),
                new Harness.Part("..\\..\\..\\y.txt", Files.readAllBytes(V2)),
                new Harness.Part("/tmp/abs/z.txt", Files.readAllBytes(PRIOR)));
        List<String> names = new ArrayList<>();
        for (JsonNode r : root.get("reports")) names.add(r.get("file").asText());
        assertEquals(List.of("x.txt", "y.txt", "z.txt"), names);
        assertFalse(Files.exists(tmp.resolve("x.txt")) || Files.exists(tmp.getParent().resolve("x.txt"))
                || Files.exists(h.data.resolve("x.txt")), "written where the name said");
        assertFalse(Files.exists(Path.of("/tmp/abs/z.txt")));
        assertOnlyWorkspaceFilesIn(h.data);
        long auditId = root.get("reports").get(0).at("/workspace/auditId").asLong();
        HttpResponse<byte[]> original = h.getBytes("/api/audits/" + auditId + "/original");
        assertArrayEquals(bytes, original.body());
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains("x.txt"));
    }

    /** Everything under the data directory is the database, a stored original (by sha256) or the upload area. */
    private static void assertOnlyWorkspaceFilesIn(Path data) throws Exception {
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path rel = data.relativize(p);
                boolean ok = rel.toString().startsWith("archive.")
                        || rel.getNameCount() == 3 && rel.getName(0).toString().equals("originals")
                        && rel.getName(2).toString().matches("[0-9a-f]{64}");
                assertTrue(ok, "unexpected file in the data directory: " + rel);
            }
        }
    }

    @Test
    void oversizedUploadsAreRefusedAndNothingIsStored() throws Exception {
        h = new Harness(tmp.resolve("data"), Path.of("rules"), TestSupport.rules(),
                Limits.DEFAULTS.withMaxFileBytes(50_000), 200_000);
        // a file over the per-file limit, within the request limit
        HttpResponse<String> one = h.upload("/api/audits", new Harness.Part("big.txt", new byte[60_000]));
        assertEquals(422, one.statusCode(), one.body());
        JsonNode body = Harness.JSON.readTree(one.body());
        assertTrue(body.at("/errors/0/error").asText().contains("文件过大"), one.body());
        // a request over the upload limit
        HttpResponse<String> all = h.upload("/api/audits", new Harness.Part("a.txt", new byte[150_000]),
                new Harness.Part("b.txt", new byte[150_000]));
        assertEquals(413, all.statusCode(), all.body());
        assertTrue(Harness.JSON.readTree(all.body()).get("error").asText().contains("上传内容过大"), all.body());
        assertEquals(0, h.getJson("/api/reports").size());
        // the limits do not stop an ordinary report
        assertEquals(1, h.uploadJson(Harness.Part.of(V1)).get("reports").size());
    }

    @Test
    void restartKeepsReportsDecisionsAndOriginals() throws Exception {
        start();
        long reportId = h.uploadJson(Harness.Part.of(V1)).at("/reports/0/workspace/reportId").asLong();
        String fp = h.decide(reportId, "CELL-BLANK", "DISMISSED", "空白按零处理，可以接受");
        h.close();
        h = null;
        h = new Harness(tmp.resolve("data"));
        JsonNode view = h.getJson("/api/reports/" + reportId);
        assertEquals("青山市人力资源和社会保障局", view.get("agency").asText());
        JsonNode f = finding(view.get("findings"), fp);
        assertEquals("DISMISSED", f.get("decision").asText());
        assertEquals("空白按零处理，可以接受", f.get("comment").asText());
        assertEquals(200, h.getBytes("/api/audits/" + view.at("/audit/auditId").asLong() + "/original").statusCode());
        assertTrue(view.get("lines").size() > 50, "the document's lines are shown");
    }

    @Test
    void reAuditOfACorrectedReportKeepsDecisionsAndShowsWhatChanged() throws Exception {
        start();
        long reportId = h.uploadJson(Harness.Part.of(V1)).at("/reports/0/workspace/reportId").asLong();
        String blank = h.decide(reportId, "CELL-BLANK", "DISMISSED", "空白即为零");
        String balance = h.decide(reportId, "REQUESTS-COLUMN-BALANCE", "CONFIRMED", "请更正");
        JsonNode first = h.getJson("/api/reports/" + reportId);
        for (JsonNode f : first.get("findings")) assertEquals("FIRST", f.get("change").asText());

        JsonNode up = h.uploadJson(Harness.Part.of(V2));
        assertEquals(reportId, up.at("/reports/0/workspace/reportId").asLong(), "the same agency and year: a new version");
        assertEquals(2, up.at("/reports/0/workspace/version").asInt());
        JsonNode second = h.getJson("/api/reports/" + reportId);
        assertEquals(2, second.get("versions").asInt());
        assertEquals(1, second.get("findings").size(), second.get("findings").toString());
        JsonNode kept = finding(second.get("findings"), blank);
        assertEquals("UNCHANGED", kept.get("change").asText());
        assertEquals("DISMISSED", kept.get("decision").asText());
        assertEquals("空白即为零", kept.get("comment").asText());
        assertEquals(2, second.get("resolved").size());
        for (JsonNode r : second.get("resolved")) {
            assertEquals("REQUESTS-COLUMN-BALANCE", r.get("rule").asText());
            assertEquals("RESOLVED", r.get("change").asText());
        }

        // the old figures come back: the finding is new against version 2, and its decision is still there
        h.uploadJson(Harness.Part.of(V1));
        JsonNode third = h.getJson("/api/reports/" + reportId);
        assertEquals(3, third.at("/audit/version").asInt());
        JsonNode back = finding(third.get("findings"), balance);
        assertEquals("NEW", back.get("change").asText());
        assertEquals("CONFIRMED", back.get("decision").asText());
        assertEquals(0, third.get("resolved").size());
        // an older version can still be looked at
        JsonNode v1 = h.getJson("/api/reports/" + reportId + "?audit=" + first.at("/audit/auditId").asLong());
        assertEquals(1, v1.at("/audit/version").asInt());
        assertEquals(3, v1.get("findings").size());
    }

    @Test
    void theWorkbookCarriesDecisionsCommentsAndChanges() throws Exception {
        start();
        long reportId = h.uploadJson(Harness.Part.of(V1)).at("/reports/0/workspace/reportId").asLong();
        h.decide(reportId, "CELL-BLANK", "DISMISSED", "空白即为零");
        h.uploadJson(Harness.Part.of(V2));
        h.uploadJson(Harness.Part.of(Path.of("fixtures", "samples", "tab-qingshan-forestry.txt")));
        HttpResponse<byte[]> x = h.getBytes("/api/export.xlsx");
        assertEquals(200, x.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Sheet s = wb.getSheet("审查意见");
            Row header = s.getRow(0);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.getLastCellNum(); i++) col.put(header.getCell(i).getStringCellValue(), i);
            assertTrue(col.keySet().containsAll(List.of("审查结论", "审查说明", "与上次审查相比")), col.toString());
            assertEquals(1, s.getLastRowNum(), "one finding: the corrected report's blank cell");
            Row r = s.getRow(1);
            assertEquals("CELL-BLANK", r.getCell(col.get("规则编号")).getStringCellValue());
            assertEquals("驳回", r.getCell(col.get("审查结论")).getStringCellValue());
            assertEquals("空白即为零", r.getCell(col.get("审查说明")).getStringCellValue());
            assertEquals("未变", r.getCell(col.get("与上次审查相比")).getStringCellValue());
            assertEquals(3, wb.getSheet("报告汇总").getLastRowNum() + 1, "two reports and the header");
        }
        // only the reports asked for
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(h.getBytes("/api/export.xlsx?reports=" + reportId).body()))) {
            assertEquals(2, wb.getSheet("报告汇总").getLastRowNum() + 1);
        }
    }

    @Test
    void crossYearRulesUseTheArchivesReportOfTheYearBefore() throws Exception {
        start();
        JsonNode alone = h.uploadJson(Harness.Part.of(V2)).at("/reports/0");
        assertFalse(rules(alone).contains("XY-CARRYOVER"));
        assertTrue(alone.get("notAssessed").toString().contains("XY-CARRYOVER"), "without the year before: not assessed");

        h.uploadJson(Harness.Part.of(PRIOR)); // 2022, a separate upload
        JsonNode again = h.uploadJson(Harness.Part.of(V2)).at("/reports/0");
        assertTrue(rules(again).contains("XY-CARRYOVER"), rules(again).toString());
        assertFalse(again.get("notAssessed").toString().contains("XY-CARRYOVER"));
        JsonNode years = h.getJson("/api/agencies/" + java.net.URLEncoder.encode(Names.key("青山市人力资源和社会保障局"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, years.size());
        assertEquals(2022, years.get(0).get("year").asInt());
        assertEquals(2023, years.get(1).get("year").asInt());
        assertTrue(years.get(1).get("crossYear").toString().contains("XY-CARRYOVER"));
    }

    @Test
    void requestsFromAnotherSiteMayNotChangeAnything() throws Exception {
        start();
        HttpResponse<String> r = h.send("POST", "/api/rules/reload", null, "http://evil.example");
        assertEquals(403, r.statusCode());
        assertEquals(403, h.send("POST", "/api/audits", null, "::not a uri").statusCode());
        HttpResponse<String> same = h.send("DELETE", "/api/reports/1/decisions/abc", null, h.base);
        assertEquals(204, same.statusCode());
        assertEquals(404, h.get("/api/reports/abc").statusCode());
        assertEquals(404, h.get("/api/reports/1?audit=x").statusCode());
        assertEquals(404, h.get("/api/audits/abc/original").statusCode());
    }

    static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) out.add(f.get("rule").asText());
        return out;
    }

    static JsonNode finding(JsonNode findings, String fingerprint) {
        for (JsonNode f : findings) if (f.get("fingerprint").asText().equals(fingerprint)) return f;
        throw new AssertionError("no finding " + fingerprint + " in " + findings);
    }

    @Test
    void unknownDecisionsAreRefused() throws Exception {
        start();
        long reportId = h.uploadJson(Harness.Part.of(V1)).at("/reports/0/workspace/reportId").asLong();
        HttpResponse<String> r = h.send("PUT", "/api/reports/" + reportId + "/decisions/abcdef", "{\"decision\":\"maybe\"}", null);
        assertEquals(400, r.statusCode());
        assertNull(h.getJson("/api/reports/" + reportId).get("findings").get(0).get("decision"));
        assertEquals(404, h.send("PUT", "/api/reports/99/decisions/abcdef", "{\"decision\":\"确认\"}", null).statusCode());
        // not JSON, a comment over the limit: refused with a reason, nothing stored, nothing cut short
        HttpResponse<String> garbled = h.send("PUT", "/api/reports/" + reportId + "/decisions/abcdef", "{decision:", null);
        assertEquals(400, garbled.statusCode(), garbled.body());
        String fingerprint = h.getJson("/api/reports/" + reportId).get("findings").get(0).get("fingerprint").asText();
        HttpResponse<String> tooLong = h.send("PUT", "/api/reports/" + reportId + "/decisions/" + fingerprint,
                "{\"decision\":\"驳回\",\"comment\":\"" + "长".repeat(5001) + "\"}", null);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("审查说明过长"), tooLong.body());
        assertNull(h.getJson("/api/reports/" + reportId).get("findings").get(0).get("decision"));
        // a filter that matched nothing exports nothing, not the whole archive
        assertEquals(400, h.getBytes("/api/export.xlsx?reports=").statusCode());
    }
}
