package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: exit status, outputs, folders and zips. */
class CliTest {
    @TempDir
    Path tmp;

    private int run(String... args) {
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            return new CommandLine(new Main()).execute(args);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void noPathAuditsTheBundledSamplesAndTheyPass() {
        assertEquals(0, run("audit"));
    }

    @Test
    void aFailingReportExitsOneAndWritesJsonAndWorkbook() throws Exception {
        Path json = tmp.resolve("out/r.json");
        Path xlsx = tmp.resolve("审查结果.xlsx");
        assertEquals(1, run("audit", "fixtures/defects/multi-error.txt", "--json", json.toString(), "--xlsx", xlsx.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("FAIL", root.at("/reports/0/verdict").asText());
        assertTrue(Files.size(xlsx) > 1000);
    }

    @Test
    void anUnreadableFileExitsOneAndTheBatchGoesOn() throws Exception {
        Path json = tmp.resolve("r.json");
        assertEquals(1, run("audit", "fixtures/defects/input-unreadable-binary.txt", "fixtures/samples/tab-qingshan-forestry.txt", "--json", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("NOT-ASSESSABLE", root.at("/reports/0/verdict").asText());
        assertEquals("PASS", root.at("/reports/1/verdict").asText());
    }

    @Test
    void aZipOfReportsIsAudited() throws Exception {
        Path zip = tmp.resolve("county.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String f : new String[]{"samples/tab-qingshan-forestry.txt", "defects/deadline-department.txt"}) {
                z.putNextEntry(new ZipEntry("2023/" + f));
                z.write(Files.readAllBytes(Path.of("fixtures", f)));
            }
        }
        Path json = tmp.resolve("z.json");
        assertEquals(1, run("audit", zip.toString(), "--json", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.path("reports").size());
        assertTrue(root.at("/reports/0/file").asText().endsWith("county.zip!/2023/samples/tab-qingshan-forestry.txt"));
    }

    @Test
    void rulesCheckAndDocSpeakForTheRuleFiles() throws Exception {
        assertEquals(0, run("rules", "check"));
        Path md = tmp.resolve("catalogue.md");
        assertEquals(0, run("rules", "doc", "--out", md.toString()));
        String doc = Files.readString(md);
        for (String id : new String[]{"INPUT-UNREADABLE", "REQUESTS-COLUMN-BALANCE", "APPEALS-AFTER-REVIEW-SUM",
                "ACTIVE-FEE-SCALE", "DEADLINE-LOCAL", "TITLE-META"}) {
            assertTrue(doc.contains("| " + id + " |"), id);
        }
        assertEquals(1, doc.split("\\| TABLES-PRESENT \\|", -1).length - 1, "one catalogue row per id");
        Path xlsx = tmp.resolve("catalogue.xlsx");
        assertEquals(0, run("rules", "doc", "--out", xlsx.toString()));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(wb.getSheet("规则目录").getLastRowNum() >= 33);
        }
        Files.writeString(tmp.resolve("bad.drl"), "rule \"X\" when then");
        assertEquals(2, run("rules", "check", "--rules", tmp.toString()));
    }

    @Test
    void rulesTestRunsTheShippedCasesAndCatchesABrokenExpectation() throws Exception {
        assertEquals(0, run("rules", "test"));
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("tests/reports"));
        for (String f : new String[]{"structure.drl", "arithmetic.drl", "dates.drl", "identities.yaml", "config.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        Files.copy(Path.of("fixtures/samples/tab-qingshan-forestry.txt"), rules.resolve("tests/reports/clean.txt"));
        Files.writeString(rules.resolve("tests/wrong.yaml"),
                "- name: a clean report has no balance error\n  report: reports/clean.txt\n  expect: [REQUESTS-COLUMN-BALANCE]\n");
        assertEquals(1, run("rules", "test", "--rules", rules.toString()));
    }

    @Test
    void benchRunsOnAFewReports() {
        assertEquals(0, run("bench", "-n", "2", "fixtures/samples"));
    }

    @Test
    void usageErrorsAndBrokenRulesExitTwo() throws Exception {
        assertEquals(2, run("audit", "--no-such-option"));
        Files.writeString(tmp.resolve("bad.drl"), "rule \"X\" when then");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, run("audit", "--rules", tmp.toString(), "fixtures/samples"));
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.drl:"), err.toString(StandardCharsets.UTF_8));
    }
}
