package nianbao.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.TestSupport;
import nianbao.findings.Finding;
import nianbao.findings.Location;
import nianbao.findings.Severity;
import nianbao.pipeline.AuditResult;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportOutputTest {
    private static final JsonReport.Tool TOOL = new JsonReport.Tool("nianbao-audit", "test", "digest");

    private static List<AuditResult> batch() throws Exception {
        return List.of(TestSupport.audit(Path.of("fixtures", "defects", "multi-error.txt")),
                TestSupport.audit(Path.of("fixtures", "samples", "tab-qingshan-forestry.txt")),
                TestSupport.audit(Path.of("fixtures", "defects", "input-unreadable-empty.txt")));
    }

    private static byte[] json(List<AuditResult> results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, TOOL, results);
        return out.toByteArray();
    }

    @Test
    void theSameInputGivesTheSameJsonBytes() throws Exception {
        assertArrayEquals(json(batch()), json(batch()));
    }

    @Test
    void aBatchThatFailedLeavesItsJsonUnended() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReport.Writer w = new JsonReport.Writer(out, TOOL)) {
            w.add(batch().get(0));
            w.abandon(); // as Outputs does when the batch stops before finish(); close() then does nothing
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("\"reports\""), written);
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> new ObjectMapper().readTree(written),
                "not a complete-looking document that lacks reports");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json(batch()));
        assertEquals("digest", root.at("/tool/rulesDigest").asText());
        JsonNode failing = root.at("/reports/0");
        assertEquals("FAIL", failing.path("verdict").asText());
        assertEquals(64, failing.path("sha256").asText().length());
        assertEquals(2023, failing.at("/meta/year").asInt());
        assertEquals("department", failing.at("/meta/agencyKind").asText());
        assertEquals(200, failing.path("cells").size());
        assertTrue(failing.at("/cells/active.fees.amount").isDouble());
        assertTrue(failing.at("/cells/requests.new.total").isIntegralNumber());
        JsonNode balance = null;
        for (JsonNode f : failing.path("findings")) if (f.path("rule").asText().equals("REQUESTS-COLUMN-BALANCE")) balance = f;
        assertNotNull(balance);
        assertEquals("ERROR", balance.path("severity").asText());
        assertEquals(3, balance.at("/location/section").asInt());
        assertEquals("requests", balance.at("/location/table").asText());
        assertTrue(balance.at("/location/line").asInt() > 0);
        assertTrue(balance.path("message").asText().contains("相差 1"), balance.path("message").asText());
        assertEquals(1.0, Math.abs(balance.at("/values/difference").asDouble()));
        assertTrue(balance.path("source").asText().contains("30号"));
        assertTrue(failing.path("notAssessed").isArray());
        JsonNode unreadable = root.at("/reports/2");
        assertEquals("NOT-ASSESSABLE", unreadable.path("verdict").asText());
        assertTrue(unreadable.at("/meta/agency").isNull());
        assertEquals("INPUT-UNREADABLE", unreadable.at("/findings/0/rule").asText());
    }

    @Test
    void rulesThatCouldNotBeAssessedAreListedNotPassed() throws Exception {
        AuditResult cell = TestSupport.audit(Path.of("fixtures", "defects", "cell-unreadable.txt"));
        assertTrue(cell.notAssessed().stream().anyMatch(n -> n.rule().equals("REQUESTS-RESULT-SUM")
                && n.reason().contains("requests.result.unavailable.not_held.commercial")), cell.notAssessed().toString());
        AuditResult undated = TestSupport.audit(Path.of("fixtures", "defects", "date-missing.txt"));
        assertEquals("[DATE-BEFORE-YEAR-END: 未找到落款日期或发布时间, DEADLINE-DEPARTMENT: 未找到落款日期或发布时间]",
                undated.notAssessed().toString());
        AuditResult clean = TestSupport.audit(Path.of("fixtures", "samples", "tab-qingshan-forestry.txt"));
        assertEquals(List.of(), clean.notAssessed());
    }

    @Test
    void theWorkbookHasFindingsAndSummarySheetsForAReviewer() throws Exception {
        List<AuditResult> results = batch();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(out, results);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet findings = wb.getSheet(XlsxReport.FINDINGS);
            long total = results.stream().mapToLong(r -> r.findings().size()).sum();
            assertEquals(total, findings.getLastRowNum());
            assertEquals("规则编号", findings.getRow(0).getCell(3).getStringCellValue());
            assertNotNull(findings.getPaneInformation());
            assertTrue(findings.getPaneInformation().isFreezePane());
            assertNotNull(findings.getCTWorksheet().getAutoFilter());
            String rule = findings.getRow(1).getCell(3).getStringCellValue();
            assertTrue(rule.matches("[A-Z-]+"), rule);
            assertTrue(findings.getRow(1).getCell(5).getStringCellValue().length() > 10);
            Sheet reports = wb.getSheet(XlsxReport.REPORTS);
            assertEquals(3, reports.getLastRowNum());
            assertEquals("不合格", reports.getRow(1).getCell(6).getStringCellValue());
            assertEquals("无法评估", reports.getRow(3).getCell(6).getStringCellValue());
            assertNotNull(wb.getSheet(XlsxReport.AGENCIES));
            assertNotNull(wb.getSheet(XlsxReport.NOT_ASSESSED));
        }
    }

    @Test
    void reviewersDecisionsGoBesideTheirFindings() throws Exception {
        List<AuditResult> results = batch();
        Finding first = results.get(0).findings().get(0);
        Reviews reviews = (r, f) -> f.fingerprint().equals(first.fingerprint()) && r == results.get(0)
                ? new Reviews.Review("驳回", "已核实无误", "未变") : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(out, results, reviews);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet findings = wb.getSheet(XlsxReport.FINDINGS);
            assertEquals("审查结论", findings.getRow(0).getCell(11).getStringCellValue());
            assertEquals("驳回", findings.getRow(1).getCell(11).getStringCellValue());
            assertEquals("已核实无误", findings.getRow(1).getCell(12).getStringCellValue());
            assertEquals("未变", findings.getRow(1).getCell(13).getStringCellValue());
            assertNull(findings.getRow(2).getCell(11));
        }
    }

    @Test
    void aFingerprintIgnoresWhereTheFindingMovedButNotItsNumbers() {
        Location at = new Location(3, "requests", List.of("requests.new.total"), "本年新收", "合计", 2, 57);
        Finding f = new Finding("REQUESTS-COLUMN-BALANCE", Severity.ERROR, "差 3", at, "", 10.0, 7.0);
        Finding moved = new Finding("REQUESTS-COLUMN-BALANCE", Severity.WARNING, "差 3", at.withSection(3), "", 10.0, 7.0);
        Finding corrected = new Finding("REQUESTS-COLUMN-BALANCE", Severity.ERROR, "差 2", at, "", 10.0, 8.0);
        assertEquals(f.fingerprint(), moved.fingerprint());
        assertNotEquals(f.fingerprint(), corrected.fingerprint());
        Finding prose = Finding.of("NARR-ENUM-SUM", Severity.WARNING, "第五部分第12行“共3件”", Location.line(12), "");
        Finding proseMoved = Finding.of("NARR-ENUM-SUM", Severity.WARNING, "第五部分第14行“共3件”", Location.line(14), "");
        assertEquals(prose.fingerprint(), proseMoved.fingerprint());
        assertEquals(16, prose.fingerprint().length());
    }

    @Test
    void theConsoleShowsOneLineAReportAndTheFailingFindings() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ConsoleReport console = new ConsoleReport(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        List<AuditResult> results = batch();
        results.forEach(console::line);
        ConsoleReport.Totals totals = new ConsoleReport.Totals();
        results.forEach(console::details);
        results.forEach(totals::add);
        console.totals(totals);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("FAIL   fixtures/defects/multi-error.txt"), text);
        assertTrue(text.contains("REQUESTS-COLUMN-BALANCE"), text);
        assertTrue(text.contains("共 3 份报告：通过 1，需复核 0，不合格 1，无法评估 1"), text);
    }
}
