package nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's roster: import (csv in GBK, xlsx), matching reports to bodies, kind of body, the season page. */
class WorkspaceRosterTest {
    static final Path DEFECTS = Path.of("fixtures", "defects");
    static final String CSV = """
            名称,机关类别,地区,上级
            农业农村局,政府,青山市,青山市人民政府
            "青山市 人力资源和社会保障局",部门,青山市,青山市人民政府
            云岫县政府,政府,云岫县,
            青山市林业局,部门,青山市,青山市人民政府
            青山市人民政府,政府,青山市,
            """;

    @TempDir
    Path tmp;
    Harness h;

    @AfterEach
    void stop() {
        if (h != null) h.close();
    }

    @Test
    void theRostersKindOfBodyDecidesTheDeadlineAndTheSeasonShowsWhoIsMissing() throws Exception {
        h = new Harness(tmp.resolve("data"));
        // before the roster: 青山市农业农村局 is taken for a department (by its name), late after 01-31
        JsonNode before = h.uploadJson(Harness.Part.of(DEFECTS.resolve("deadline-department.txt"))).at("/reports/0");
        assertTrue(WorkspaceApiTest.rules(before).contains("DEADLINE-DEPARTMENT"));
        assertEquals("name", before.at("/workspace/kindSource").asText());

        HttpResponse<String> imported = h.upload("/api/roster", new Harness.Part("名单.csv", CSV.getBytes(Charset.forName("GBK"))));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(5, Harness.JSON.readTree(imported.body()).get("imported").asInt());
        // the report already stored is linked to its body (region left out of the roster's name)
        JsonNode list = h.getJson("/api/reports");
        assertEquals("农业农村局", list.get(0).at("/body/name").asText());

        // the roster says 政府: the government deadline (03-31) applies, and the 02-05 report is on time
        JsonNode after = h.uploadJson(Harness.Part.of(DEFECTS.resolve("deadline-department.txt"))).at("/reports/0");
        assertEquals("government", after.at("/meta/agencyKind").asText());
        assertEquals("roster", after.at("/workspace/kindSource").asText());
        assertFalse(WorkspaceApiTest.rules(after).contains("DEADLINE-DEPARTMENT"), WorkspaceApiTest.rules(after).toString());

        h.uploadJson(Harness.Part.of(WorkspaceApiTest.V1), Harness.Part.of(DEFECTS.resolve("deadline-government.txt")));
        JsonNode season = h.getJson("/api/season?year=2023&today=2024-02-15");
        Map<String, String> status = new HashMap<>();
        for (JsonNode b : season.get("bodies")) status.put(b.at("/body/name").asText(), b.get("status").asText());
        assertEquals("SUBMITTED", status.get("农业农村局"));
        assertEquals("SUBMITTED", status.get("青山市 人力资源和社会保障局"), "white space in the roster's name");
        assertEquals("SUBMITTED", status.get("云岫县政府"), "政府 for 人民政府");
        assertEquals("LATE", status.get("青山市林业局"), "a department, nothing by 01-31");
        assertEquals("WAITING", status.get("青山市人民政府"), "a government, deadline 03-31 not yet passed");
        assertEquals(3, season.at("/totals/submitted").asInt());
        assertEquals(1, season.at("/totals/late").asInt());
        assertEquals(0, season.get("unmatched").size());
        assertEquals("LATE", statusOn(h, "2024-04-01", "青山市人民政府"), "after 03-31 the government is late too");
        // before deadlinesFromYear (2019) no deadline applied: not submitted, but not late
        for (JsonNode b : h.getJson("/api/season?year=2017&today=2024-04-01").get("bodies")) {
            assertEquals("WAITING", b.get("status").asText(), b.toString());
            assertTrue(b.get("deadline").isNull(), b.toString());
        }
    }

    private static String statusOn(Harness h, String today, String body) throws Exception {
        for (JsonNode b : h.getJson("/api/season?year=2023&today=" + today).get("bodies")) {
            if (b.at("/body/name").asText().equals(body)) return b.get("status").asText();
        }
        throw new AssertionError(body);
    }

    @Test
    void aRosterWithErrorsIsRefusedWholeAndTheOldOneStays() throws Exception {
        h = new Harness(tmp.resolve("data"));
        assertEquals(200, h.upload("/api/roster", new Harness.Part("名单.csv", CSV.getBytes(Charset.forName("UTF-8")))).statusCode());
        String bad = "名称,机关类别,地区,上级\n甲局,部门,青山市,\n乙中心,事业单位,青山市,\n";
        HttpResponse<String> r = h.upload("/api/roster", new Harness.Part("bad.csv", bad.getBytes(Charset.forName("UTF-8"))));
        assertEquals(400, r.statusCode());
        JsonNode body = Harness.JSON.readTree(r.body());
        assertTrue(body.get("problems").get(0).asText().contains("第3行"), r.body());
        assertTrue(body.get("problems").get(0).asText().contains("事业单位"), r.body());
        assertEquals(5, h.getJson("/api/roster").size(), "the old roster stays");
        HttpResponse<String> noHeader = h.upload("/api/roster", new Harness.Part("x.csv", "甲局,部门\n".getBytes(Charset.forName("UTF-8"))));
        assertEquals(400, noHeader.statusCode());
        assertEquals(5, h.getJson("/api/roster").size());
        HttpResponse<String> binary = h.upload("/api/roster", new Harness.Part("名单.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, 0, 0, 1, 2, 0}));
        assertEquals(400, binary.statusCode());
        assertTrue(binary.body().contains("无法读取名单"), binary.body());
        assertEquals(5, h.getJson("/api/roster").size());
    }

    @Test
    void aRosterSavedAsExcelUnicodeTextIsRead() throws Exception {
        h = new Harness(tmp.resolve("data"));
        byte[] utf16 = CSV.replace(",", "\t").getBytes(Charset.forName("UTF-16")); // with its BOM, tab-separated
        assertEquals(200, h.upload("/api/roster", new Harness.Part("名单.txt", utf16)).statusCode());
        assertEquals(5, h.getJson("/api/roster").size());
    }

    @Test
    void anXlsxRosterIsRead() throws Exception {
        h = new Harness(tmp.resolve("data"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            String[][] rows = {{"序号", "机关名称", "类别", "行政区划", "上级机关"}, {"1", "青禾县石门镇", "乡镇", "青禾县", "青禾县人民政府"},
                    {"2", "青禾县人民政府", "人民政府", "青禾县", ""}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) row.createCell(j).setCellValue(rows[i][j]);
            }
            wb.write(out);
        }
        HttpResponse<String> r = h.upload("/api/roster", new Harness.Part("名单.xlsx", out.toByteArray()));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode roster = h.getJson("/api/roster");
        assertEquals(2, roster.size());
        assertEquals("township", roster.get(0).get("kind").asText());
        assertEquals("青禾县", roster.get(0).get("region").asText());
        assertEquals("青禾县人民政府", roster.get(0).get("parent").asText());
        assertEquals("government", roster.get(1).get("kind").asText());
        JsonNode report = h.uploadJson(Harness.Part.of(DEFECTS.resolve("deadline-local.txt"))).at("/reports/0");
        assertEquals("roster", report.at("/workspace/kindSource").asText());
        assertTrue(WorkspaceApiTest.rules(report).contains("DEADLINE-LOCAL"));
    }
}
